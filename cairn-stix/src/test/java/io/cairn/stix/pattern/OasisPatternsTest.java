package io.cairn.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.stix.StixFixtures;
import io.cairn.stix.StixObject;
import io.cairn.stix.json.ReadResult;
import io.cairn.stix.json.StixReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OasisPatternsTest {

    @Test
    void shouldParseEveryIndicatorPatternOfTheOasisExamples() {
        List<String> patterns = patterns();
        // 43 = grep -o '"pattern" *:' over the files; only indicators carry patterns there.
        assertThat(patterns).hasSize(43);
        for (String text : patterns) {
            Pattern pattern = StixPatternsTest.parse(text);
            assertThat(StixPatternsTest.parse(pattern.text())).isEqualTo(pattern);
        }
    }

    @Test
    void shouldMapTheSimpleOnesToArtifactsAndSayWhyTheOthersAreCompound() {
        Map<String, Long> kinds = patterns().stream()
                .map(text -> StixPatterns.artifacts(StixPatternsTest.parse(text)))
                .collect(Collectors.groupingBy(OasisPatternsTest::kind, Collectors.counting()));
        assertThat(kinds)
                .containsOnly(
                        Map.entry("complete", 36L),
                        Map.entry("partial", 1L),
                        Map.entry("NO_ARTIFACT", 2L),
                        Map.entry("COMPARISONS_JOINED_BY_AND", 2L),
                        Map.entry("NOT_AN_EQUALITY", 2L));
    }

    private static String kind(ArtifactMapping mapping) {
        return switch (mapping) {
            case ArtifactMapping.Matchable m -> m.isComplete() ? "complete" : "partial";
            case ArtifactMapping.Compound c -> c.reason().name();
        };
    }

    private static List<String> patterns() {
        return StixFixtures.OASIS_FILES.stream()
                .flatMap(file -> {
                    try (var reader = StixReader.open(StixFixtures.resource(file))) {
                        return reader.stream()
                                .map(result -> ((ReadResult.Read) result).object())
                                .filter(o -> o.type().equals("indicator"))
                                .map(StixObject::pattern)
                                .flatMap(java.util.Optional::stream)
                                .toList()
                                .stream();
                    }
                })
                .toList();
    }
}
