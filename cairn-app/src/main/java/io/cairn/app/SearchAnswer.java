package io.cairn.app;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactFacts;
import io.cairn.indicator.Indicator;
import io.cairn.search.SearchOutcome;
import io.cairn.store.DatasetCount;
import io.cairn.store.Store;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What {@code cairn search} answers, shaped for people and for {@code --json}. */
record SearchAnswer(
        String input,
        boolean artifact,
        @Nullable String reason,
        @Nullable String kind,
        @Nullable String type,
        @Nullable String canonical,
        @Nullable String display,
        @Nullable String registeredDomain,
        @Nullable String publicSuffix,
        @Nullable String tld,
        boolean idn,
        @Nullable Integer ipVersion,
        @Nullable String mappedIpv4,
        List<String> classification,
        @Nullable Held store,
        @Nullable SearchResults results) {

    /** What the store holds for the artifact. */
    record Held(
            boolean known,
            @Nullable String firstSeen,
            @Nullable String lastSeen,
            List<IndicatorLine> indicators,
            List<ObservationCount> observations,
            List<String> warningLists) {}

    record IndicatorLine(
            String source,
            String stixId,
            String modified,
            int confidence,
            String tlp,
            boolean revoked,
            String validFrom,
            @Nullable String validUntil,
            String firstSeen,
            String lastSeen,
            List<String> labels) {
        static IndicatorLine of(Indicator i) {
            return new IndicatorLine(
                    i.source(),
                    i.stixId(),
                    i.modified().toString(),
                    i.confidence(),
                    i.tlp().id(),
                    i.revoked(),
                    i.validFrom().toString(),
                    text(i.validUntil()),
                    i.firstSeen().toString(),
                    i.lastSeen().toString(),
                    List.copyOf(i.labels()));
        }
    }

    record ObservationCount(String dataset, long asSubject, long asObject) {
        static ObservationCount of(DatasetCount c) {
            return new ObservationCount(c.dataset().id(), c.asSubject(), c.asObject());
        }
    }

    static SearchAnswer rejected(SearchOutcome.Rejected no) {
        return new SearchAnswer(
                no.query(),
                false,
                no.reason(),
                no.kind() == null ? null : no.kind().id(),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                List.of(),
                null,
                null);
    }

    /** Results of a search whose query is not itself an artifact: words, a tag, a certificate field. */
    static SearchAnswer text(SearchOutcome.Found found) {
        return new SearchAnswer(
                found.query(),
                false,
                null,
                found.kind().id(),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                List.of(),
                null,
                SearchResults.of(found));
    }

    static SearchAnswer of(SearchOutcome.Found found, Artifact artifact, ArtifactFacts facts, Store store) {
        String input = found.query();
        var stored = store.artifacts().find(artifact.type(), artifact.value());
        var held = new Held(
                stored.isPresent(),
                stored.map(s -> s.firstSeen().toString()).orElse(null),
                stored.map(s -> s.lastSeen().toString()).orElse(null),
                store.indicators().forArtifact(artifact).stream()
                        .map(IndicatorLine::of)
                        .toList(),
                store.observations().counts(artifact).stream()
                        .map(ObservationCount::of)
                        .toList(),
                store.allowList().matches(artifact).stream()
                        .map(Object::toString)
                        .toList());
        return new SearchAnswer(
                input,
                true,
                null,
                found.kind().id(),
                artifact.type().id(),
                artifact.value(),
                artifact.display(),
                facts.registeredDomain(),
                facts.publicSuffix(),
                facts.tld(),
                facts.idn(),
                facts.ipVersion(),
                facts.mappedIpv4(),
                facts.classifications().stream()
                        .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .toList(),
                held,
                SearchResults.of(found));
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
