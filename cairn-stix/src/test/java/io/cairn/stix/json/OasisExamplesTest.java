package io.cairn.stix.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.stix.StixFixtures;
import io.cairn.stix.StixObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class OasisExamplesTest {

    static final List<String> FILES = StixFixtures.OASIS_FILES;

    @ParameterizedTest
    @FieldSource("FILES")
    void shouldReadEveryObjectOfTheOasisExamples(String file) {
        List<JsonNode> expected = StixFixtures.treeObjects(file);
        List<StixObject> read = readAll(file);
        assertThat(read).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(read.get(i).json()).as("object %d of %s", i, file).isEqualTo(expected.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"apt1.json", "poisonivy.json", "tlp-amber.json"})
    void shouldKnowTheBundleId(String file) {
        try (var reader = StixReader.open(StixFixtures.resource(file))) {
            reader.forEachRemaining(result -> {});
            assertThat(reader.bundleId())
                    .hasValueSatisfying(id -> assertThat(id).startsWith("bundle--"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sco-examples-bundle.json", "interop-objectmarking-test.json"})
    void shouldReadFilesThatAreNotBundles(String file) {
        try (var reader = StixReader.open(StixFixtures.resource(file))) {
            var paths = new ArrayList<String>();
            reader.forEachRemaining(result -> paths.add(result.path()));
            assertThat(reader.bundleId()).isEmpty();
            assertThat(paths.getFirst()).isIn("$[0]", "$");
        }
    }

    /** Every object of a file, failing on anything that is not read. */
    static List<StixObject> readAll(String file) {
        try (var reader = StixReader.open(StixFixtures.resource(file))) {
            return reader.stream()
                    .map(result -> {
                        assertThat(result).as(file).isInstanceOf(ReadResult.Read.class);
                        return ((ReadResult.Read) result).object();
                    })
                    .toList();
        }
    }
}
