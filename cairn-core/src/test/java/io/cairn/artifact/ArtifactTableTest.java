package io.cairn.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.ParseResult.NotAnArtifact;
import io.cairn.artifact.ParseResult.Parsed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-world inputs from the tables in {@code src/test/resources/artifact/}. */
class ArtifactTableTest {

    static List<Arguments> detected() {
        return TsvTable.rows("detected.tsv", 3);
    }

    static List<Arguments> detectedArtifacts() {
        return detected().stream().filter(row -> !row.get()[2].equals("!")).toList();
    }

    static List<Arguments> typed() {
        return TsvTable.rows("typed.tsv", 3);
    }

    static List<Arguments> addressFacts() {
        return TsvTable.rows("address-facts.tsv", 4);
    }

    static List<Arguments> domainFacts() {
        return TsvTable.rows("domain-facts.tsv", 7);
    }

    @ParameterizedTest(name = "{0}  {1}")
    @MethodSource("detected")
    void shouldDetectRefangAndCanonicaliseWithoutBeingToldTheType(
            String row, String input, String type, String expected) {
        ParseResult result = Artifacts.parse(input);

        if (type.equals("!")) {
            assertThat(result).as(row).isInstanceOfSatisfying(NotAnArtifact.class, rejected -> {
                assertThat(rejected.reason()).contains(expected);
                assertThat(rejected.input()).isEqualTo(input);
            });
        } else {
            assertThat(result).as(row).isInstanceOfSatisfying(Parsed.class, parsed -> {
                assertThat(parsed.artifact().type().id()).isEqualTo(type);
                assertThat(parsed.artifact().value()).isEqualTo(expected);
            });
        }
    }

    @ParameterizedTest(name = "{0}  {1}")
    @MethodSource("detectedArtifacts")
    void shouldReadItsCanonicalFormBackAsTheSameArtifact(String row, String input, String type, String expected) {
        ArtifactType artifactType = ArtifactType.fromId(type).orElseThrow();
        Artifact artifact = Artifact.of(artifactType, expected);

        // A bare fingerprint reads as a hash; only the colon form is detected as a certificate.
        if (artifactType != ArtifactType.CERT) {
            assertThat(Artifacts.parse(expected).toOptional()).as(row).contains(artifact);
        }
        assertThat(Artifacts.parse(artifactType, expected).toOptional()).as(row).contains(artifact);
        assertThat(Artifacts.parse(artifactType, input).toOptional()).as(row).contains(artifact);
    }

    @ParameterizedTest(name = "{0}  {1} as {2}")
    @MethodSource("typed")
    void shouldParseAsTheTypeTheCallerNames(String row, String type, String input, String expected) {
        ParseResult result = Artifacts.parse(ArtifactType.fromId(type).orElseThrow(), input);

        if (expected.startsWith("!")) {
            assertThat(result)
                    .as(row)
                    .isInstanceOfSatisfying(
                            NotAnArtifact.class,
                            rejected -> assertThat(rejected.reason()).contains(expected.substring(1)));
        } else {
            assertThat(result).as(row).isInstanceOfSatisfying(Parsed.class, parsed -> {
                assertThat(parsed.artifact().type().id()).isEqualTo(type);
                assertThat(parsed.artifact().value()).isEqualTo(expected);
                assertThat(Artifacts.parse(parsed.artifact().type(), expected).toOptional())
                        .contains(parsed.artifact());
            });
        }
    }

    @ParameterizedTest(name = "{0}  {1}")
    @MethodSource("addressFacts")
    void shouldClassifyAddressesByTheSpecialPurposeRegistries(
            String row, String input, String classes, String version, String mapped) {
        Artifact artifact = Artifacts.parse(input).toOptional().orElseThrow();

        ArtifactFacts facts = Artifacts.facts(artifact);

        assertThat(facts.classifications()).as(row).isEqualTo(classifications(classes));
        assertThat(facts.ipVersion()).as(row).isEqualTo(Integer.valueOf(version));
        assertThat(facts.mappedIpv4()).as(row).isEqualTo(orNull(mapped));
        assertThat(facts.registeredDomain()).isNull();
    }

    @ParameterizedTest(name = "{0}  {2}")
    @MethodSource("domainFacts")
    void shouldDeriveDomainFactsFromThePublicSuffixList(
            String row,
            String type,
            String input,
            String registered,
            String suffix,
            String tld,
            String unicode,
            String classes) {
        Artifact artifact = Artifacts.parse(ArtifactType.fromId(type).orElseThrow(), input)
                .toOptional()
                .orElseThrow();

        ArtifactFacts facts = Artifacts.facts(artifact);

        assertThat(facts.registeredDomain()).as(row).isEqualTo(orNull(registered));
        assertThat(facts.publicSuffix()).as(row).isEqualTo(orNull(suffix));
        assertThat(facts.tld()).as(row).isEqualTo(orNull(tld));
        assertThat(facts.unicodeHost()).as(row).isEqualTo(orNull(unicode));
        assertThat(facts.idn()).as(row).isEqualTo(!unicode.equals("-"));
        assertThat(facts.classifications()).as(row).isEqualTo(classifications(classes));
        assertThat(facts.ipVersion()).isNull();
    }

    private static Set<Classification> classifications(String cell) {
        if (cell.equals("-")) {
            return EnumSet.noneOf(Classification.class);
        }
        return Arrays.stream(cell.split(","))
                .map(Classification::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Classification.class)));
    }

    private static String orNull(String cell) {
        return cell.equals("-") ? null : cell;
    }
}
