package io.cairn.stix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test data: the OASIS example files and small objects built from text. */
public final class StixFixtures {
    /** The OASIS example files copied into src/test/resources/stix (see SOURCES.md there). */
    public static final List<String> OASIS_FILES = List.of(
            "apt1.json",
            "poisonivy.json",
            "indicator-for-c2-ip-address.json",
            "indicator-to-campaign-relationship.json",
            "indicators-for-C2-with-COA.json",
            "infrastructure.json",
            "interop-objectmarking-test.json",
            "malicious-email-indicator-with-attachment.json",
            "sco-examples-bundle.json",
            "tlp-amber.json");

    // Floats as exact decimals, as the reader keeps them, so that trees compare equal.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private StixFixtures() {}

    public static InputStream resource(String name) {
        InputStream in = StixFixtures.class.getResourceAsStream("/stix/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource stix/" + name);
        }
        return in;
    }

    public static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The objects of a file as Jackson's tree API sees them, independently of the reader under
     * test: the objects array of a bundle, the elements of an array, or the one object.
     */
    public static List<JsonNode> treeObjects(String name) {
        try (InputStream in = resource(name)) {
            JsonNode root = JSON.readTree(in);
            if (root.isArray()) {
                return List.copyOf(iterable(root));
            }
            return root.has("objects") ? List.copyOf(iterable(root.get("objects"))) : List.of(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> iterable(JsonNode array) {
        var out = new java.util.ArrayList<JsonNode>();
        array.forEach(out::add);
        return out;
    }

    /** A valid STIX 2.1 indicator with the given pattern, as Cairn would export it. */
    public static String indicator(String pattern) {
        return """
                {"type": "indicator", "spec_version": "2.1",
                 "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                 "pattern": %s, "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z"}
                """.formatted(quote(pattern));
    }

    public static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
