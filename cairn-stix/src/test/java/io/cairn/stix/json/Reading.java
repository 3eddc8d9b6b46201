package io.cairn.stix.json;

import static io.cairn.stix.StixFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Reading text and finding places in it, for the reader tests. */
final class Reading {
    private static final String CAMPAIGN = """
            {"type": "campaign", "spec_version": "2.1", "id": "campaign--%s",
             "created": "2016-05-12T08:17:27.000Z", "modified": "2016-05-12T08:17:27.000Z", "name": "%s"}""";

    private Reading() {}

    /** A valid campaign whose id ends in {@code uuidEnd} (two hex digits). */
    static String campaign(String uuidEnd, String name) {
        return CAMPAIGN.formatted("0c7b5b88-8ff7-4a4d-aa9d-feb398cd00" + uuidEnd, name);
    }

    static List<ReadResult> results(String json) {
        try (var reader = StixReader.open(text(json))) {
            return reader.stream().toList();
        }
    }

    static ReadResult.Malformed malformed(String json, int index) {
        return (ReadResult.Malformed) results(json).get(index);
    }

    static ReadResult.Unreadable unreadable(String json) {
        return (ReadResult.Unreadable) results(json).getLast();
    }

    /** Where a snippet starts in the text, counted as the parser counts (1-based line and column). */
    static Position positionOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        assertThat(at).as("snippet %s", snippet).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, at - lineStart + 1);
    }
}
