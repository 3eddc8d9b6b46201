package io.cairn.stix.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.stix.StixFixtures;
import io.cairn.stix.StixObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** Valid objects to start from, and the issues a validator finds once they are changed. */
final class Validations {
    static final String INDICATOR = StixFixtures.indicator("[domain-name:value = 'evil.com']");
    static final String DOMAIN = """
            {"type": "domain-name", "spec_version": "2.1",
             "id": "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7", "value": "example.com"}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Validations() {}

    static List<Issue> export(String json, Consumer<ObjectNode> change) {
        return issues(StixValidator.forExport(), with(json, change));
    }

    static String with(String json, Consumer<ObjectNode> change) {
        ObjectNode object = StixObject.parse(json).json();
        change.accept(object);
        return object.toString();
    }

    static List<Issue> issues(StixValidator validator, String json) {
        try {
            return validator.check((ObjectNode) JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
