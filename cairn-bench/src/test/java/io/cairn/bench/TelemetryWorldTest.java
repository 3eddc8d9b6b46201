package io.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelemetryWorldTest {

    private static final WorldShape SMALL = new WorldShape(50_000, 5_000, 42);
    private static final List<Observation> LARGER = observations(new WorldShape(200_000, 0, 42));

    private static List<Observation> observations(WorldShape shape) {
        List<Observation> all = new ArrayList<>();
        new TelemetryWorld(WorldPools.of(shape)).forEachRemaining(all::add);
        return all;
    }

    @Test
    void shouldYieldExactlyTheAskedNumberOfDistinctFacts() {
        List<Observation> all = observations(SMALL);

        Set<String> facts = new HashSet<>();
        all.forEach(o -> facts.add(o.subject() + " " + o.dataset() + " " + o.object()));
        assertThat(all).hasSize(50_000);
        assertThat(facts).hasSize(50_000);
    }

    @Test
    void shouldBeTheSameForTheSameSeedAndDifferentForAnother() {
        assertThat(observations(new WorldShape(5_000, 0, 7))).isEqualTo(observations(new WorldShape(5_000, 0, 7)));
        assertThat(observations(new WorldShape(5_000, 0, 8))).isNotEqualTo(observations(new WorldShape(5_000, 0, 7)));
    }

    @Test
    void shouldMeetRegisteredDomainsInValueOrderSoBulkLoadsAppend() {
        String previous = "";
        for (Observation o : observations(SMALL)) {
            if (o.dataset() != Dataset.REVERSE_DNS) {
                assertThat(o.subject().value()).isGreaterThanOrEqualTo(previous);
                previous = o.subject().value();
            }
        }
    }

    @Test
    void shouldGiveDomainsAFewResolutionsAndHubsThousandsOfTenants() {
        List<Observation> all = LARGER;
        Map<Artifact, Integer> resolutionsPerDomain = new HashMap<>();
        Map<Artifact, Integer> tenants = new HashMap<>();
        for (Observation o : all) {
            if (o.dataset() == Dataset.RESOLUTION) {
                resolutionsPerDomain.merge(o.subject(), 1, Integer::sum);
                tenants.merge(o.object(), 1, Integer::sum);
            }
        }
        double meanResolutions = resolutionsPerDomain.values().stream()
                .mapToInt(Integer::intValue)
                .average()
                .orElseThrow();
        assertThat(meanResolutions).isBetween(1.5, 4.0);
        assertThat(median(tenants)).isLessThanOrEqualTo(2);
        assertThat(max(tenants)).isGreaterThan(1_000);
        assertThat(all).anyMatch(o -> o.object().value().startsWith("151.101.64."));
    }

    @Test
    void shouldShareTrackersAndCertificatesAmongAFewDomainsWithSomeHeavyHitters() {
        List<Observation> all = LARGER;
        for (Dataset dataset : List.of(Dataset.TRACKER, Dataset.CERTIFICATE)) {
            Map<Artifact, Integer> users = new HashMap<>();
            all.stream().filter(o -> o.dataset() == dataset).forEach(o -> users.merge(o.object(), 1, Integer::sum));
            assertThat(median(users)).as(dataset.id()).isBetween(1, 5);
            assertThat(max(users)).as(dataset.id()).isGreaterThan(50);
        }
    }

    @Test
    void shouldCoverEveryWhoisFieldKindOfTheWorld() {
        Set<String> fields = new HashSet<>();
        observations(SMALL).stream()
                .filter(o -> o.dataset() == Dataset.WHOIS)
                .forEach(o -> fields.add(
                        o.object().value().substring(0, o.object().value().indexOf(':'))));
        assertThat(fields).contains("registrar", "registrant-email", "name-server", "registrant-org");
    }

    @Test
    void shouldOnlyHoldArtifactsInTheirCanonicalForm() {
        Set<Artifact> seen = new HashSet<>();
        for (Observation o : observations(SMALL)) {
            seen.add(o.subject());
            seen.add(o.object());
        }
        new IndicatorWorld(WorldPools.of(SMALL)).forEachRemaining(i -> seen.add(i.artifact()));
        for (Artifact artifact : seen) {
            assertThat(Artifacts.parse(artifact.type(), artifact.value()).toOptional())
                    .as(artifact.toString())
                    .contains(artifact)
                    .hasValueSatisfying(parsed -> assertThat(parsed.value()).isEqualTo(artifact.value()));
        }
        assertThat(seen).extracting(Artifact::type).contains(ArtifactType.SHA256, ArtifactType.URL, ArtifactType.CERT);
    }

    private static int median(Map<Artifact, Integer> counts) {
        return counts.values().stream().sorted().toList().get(counts.size() / 2);
    }

    private static int max(Map<Artifact, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
