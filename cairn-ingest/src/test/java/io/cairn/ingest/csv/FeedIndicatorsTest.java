package io.cairn.ingest.csv;

import static io.cairn.ingest.csv.CsvFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.stix.StixIds;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedIndicatorsTest {
    private static final Instant SEEN = Instant.parse("2026-02-26T12:00:00Z");
    private static final Artifact IP = Artifact.of(ArtifactType.IP, "203.0.113.7");
    private static final Listing LISTING = Listing.seen(70, SEEN, null, Set.of("c2"));

    private static Indicator indicator(Item item) {
        return ((Item.Asserted) item).indicator();
    }

    private static ImportContext source(String name) {
        return new ImportContext(name, CONTEXT.defaultConfidence(), CONTEXT.tlp(), CONTEXT.importedAt());
    }

    @Test
    void shouldNameAnIndicatorBySourceAndArtifactAlone() {
        String id = indicator(FeedIndicators.of(CONTEXT, IP, LISTING)).stixId();
        var laterListing = Listing.seen(10, SEEN.plusSeconds(3600), SEEN.plusSeconds(7200), Set.of());

        assertThat(id)
                .isEqualTo(StixIds.deterministic(
                        "indicator",
                        StixIds.CAIRN_NAMESPACE,
                        Map.of("source", "abuse.ch", "artifact", "ip:203.0.113.7")))
                .isEqualTo(
                        indicator(FeedIndicators.of(CONTEXT, IP, laterListing)).stixId())
                .isNotEqualTo(indicator(FeedIndicators.of(source("other-feed"), IP, LISTING))
                        .stixId())
                .isNotEqualTo(indicator(FeedIndicators.onPort(CONTEXT, IP, 443, LISTING))
                        .stixId());
        assertThat(StixIds.isValid(id)).isTrue();
    }

    @Test
    void shouldNameAPatternOnlyIndicatorByItsPattern() {
        var indicator = indicator(FeedIndicators.ofPattern(CONTEXT, "[file:name = 'a.exe']", LISTING));

        assertThat(indicator.artifact()).isNull();
        assertThat(indicator.stixId())
                .isEqualTo(StixIds.deterministic(
                        "indicator",
                        StixIds.CAIRN_NAMESPACE,
                        Map.of("source", "abuse.ch", "pattern", "[file:name = 'a.exe']")));
    }

    @Test
    void shouldAddThePortAsALabel() {
        assertThat(indicator(FeedIndicators.onPort(CONTEXT, IP, 8080, LISTING)).labels())
                .containsExactly("c2", "port:8080");
    }

    @Test
    void shouldNeverLetLastSeenPrecedeFirstSeen() {
        var listing = Listing.seen(50, SEEN, SEEN.minusSeconds(60), Set.of());

        assertThat(listing.lastSeen()).isEqualTo(SEEN);
        assertThat(listing.modified()).isEqualTo(SEEN);
    }
}
