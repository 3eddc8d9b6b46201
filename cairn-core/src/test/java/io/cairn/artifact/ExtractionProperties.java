package io.cairn.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Extraction finds what is written, wherever it is written, and never falls over. */
class ExtractionProperties {

    @Property
    void shouldFindAnArtifactWrittenInProse(@ForAll("detectable") Artifact artifact, @ForAll boolean defanged) {
        // Written plainly, payload.zip is a file; the table and example tests cover that.
        Assume.that(defanged || !looksLikeFileName(artifact));
        String written = defanged ? Refang.defang(artifact.value()) : artifact.value();
        String text = "Analysts saw " + written + " during the incident.";

        List<ExtractedArtifact> found = IocExtractor.extract(text);

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.artifact()).isEqualTo(artifact);
            assertThat(e.matchedText()).isEqualTo(written);
            assertThat(e.start()).isEqualTo("Analysts saw ".length());
        });
    }

    private static boolean looksLikeFileName(Artifact artifact) {
        return artifact.type() == ArtifactType.DOMAIN && ProseRules.looksLikeFileName(artifact.value());
    }

    @Property
    void shouldFindEveryArtifactOfAList(@ForAll("artifacts") List<Artifact> artifacts) {
        String text = String.join(
                ", ", artifacts.stream().map(a -> Refang.defang(a.value())).toList());

        assertThat(IocExtractor.extract(text))
                .extracting(ExtractedArtifact::artifact)
                .containsExactlyElementsOf(artifacts);
    }

    @Property(tries = 500)
    void shouldReportConsistentSpansForAnyText(@ForAll("noisyText") String text) {
        List<ExtractedArtifact> found = IocExtractor.extract(text);

        int previousEnd = 0;
        for (ExtractedArtifact e : found) {
            assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.matchedText());
            assertThat(Artifacts.parse(e.artifact().type(), e.artifact().value())
                            .toOptional())
                    .contains(e.artifact());
            previousEnd = e.end();
        }
    }

    @Property(tries = 500)
    void parsingAnyTextGivesAResultAndAgreesWithTheExplicitType(@ForAll("noisyText") String text) {
        ParseResult result = Artifacts.parse(text);

        if (result instanceof ParseResult.Parsed parsed) {
            Artifact artifact = parsed.artifact();
            assertThat(Artifacts.parse(artifact.type(), artifact.value()).toOptional())
                    .contains(artifact);
        } else {
            assertThat(((ParseResult.NotAnArtifact) result).reason()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Artifact> detectable() {
        return Generators.detectableArtifact();
    }

    @Provide
    Arbitrary<List<Artifact>> artifacts() {
        return Generators.detectableArtifact().list().ofMinSize(1).ofMaxSize(6);
    }

    /** Text made of indicator-like pieces, defang tokens, punctuation and arbitrary characters. */
    @Provide
    Arbitrary<String> noisyText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Generators.detectableArtifact().map(Artifact::value),
                Generators.detectableArtifact().map(a -> Refang.defang(a.value())),
                Arbitraries.of(
                        "[.]",
                        "(dot)",
                        "[at]",
                        "hxxp://",
                        "://",
                        "::",
                        ":",
                        "/",
                        "@",
                        ".",
                        "..",
                        "%",
                        "%2",
                        "[",
                        "]",
                        "(",
                        ")",
                        "\"",
                        "'",
                        " ",
                        "\t",
                        "\n",
                        "\u200B",
                        "\u3002",
                        "0x",
                        "01.",
                        "v",
                        "version ",
                        "AS",
                        "CVE-",
                        "-",
                        "xn--",
                        "ß",
                        "пример",
                        "\uD83D\uDE00"),
                Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
