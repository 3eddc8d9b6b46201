package io.cairn.ingest.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.KillChainPhase;
import io.cairn.stix.StixIds;
import io.cairn.stix.StixObject;
import io.cairn.stix.StixTimestamps;
import io.cairn.stix.marking.TlpMarkings;
import io.cairn.stix.pattern.Pattern;
import io.cairn.stix.pattern.StixPatterns;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Stored indicators as STIX 2.1 indicator objects, created by Cairn's identity. */
final class StixIndicators {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Cairn as a STIX identity; its id is derived from its name, so it is the same in every export. */
    static final StixObject CAIRN = identity();

    private StixIndicators() {}

    /**
     * The indicator as a STIX object; empty when it has no stored pattern and STIX has no
     * observable for its artifact. Cairn keeps no creation time, so {@code created} is the
     * earliest time it knows of the indicator.
     */
    static Optional<StixObject> of(Indicator indicator) {
        Optional<String> pattern = Optional.ofNullable(indicator.pattern())
                .or(() -> Optional.ofNullable(indicator.artifact())
                        .flatMap(StixPatterns::forArtifact)
                        .map(Pattern::text));
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        Instant created = Stream.of(indicator.validFrom(), indicator.firstSeen(), indicator.modified())
                .min(Instant::compareTo)
                .orElseThrow();
        ObjectNode json = NODES.objectNode()
                .put("type", "indicator")
                .put("spec_version", "2.1")
                .put("id", id(indicator))
                .put("created_by_ref", CAIRN.id())
                .put("created", StixTimestamps.format(created))
                .put("modified", StixTimestamps.format(indicator.modified()))
                .put("pattern", pattern.get())
                .put("pattern_type", "stix")
                .put("valid_from", StixTimestamps.format(indicator.validFrom()));
        if (indicator.artifact() != null) {
            json.put("name", indicator.artifact().display());
        }
        if (indicator.validUntil() != null) {
            json.put("valid_until", StixTimestamps.format(indicator.validUntil()));
        }
        if (indicator.revoked()) {
            json.put("revoked", true);
        }
        if (!indicator.labels().isEmpty()) {
            ArrayNode labels = json.putArray("labels");
            indicator.labels().forEach(labels::add);
        }
        json.put("confidence", indicator.confidence());
        if (!indicator.killChainPhases().isEmpty()) {
            ArrayNode phases = json.putArray("kill_chain_phases");
            for (KillChainPhase phase : indicator.killChainPhases()) {
                phases.addObject().put("kill_chain_name", phase.killChainName()).put("phase_name", phase.phaseName());
            }
        }
        json.putArray("external_references")
                .addObject()
                .put("source_name", indicator.source())
                .put("external_id", indicator.stixId());
        json.putArray("object_marking_refs").add(TlpMarkings.markingId(indicator.tlp()));
        return Optional.of(new StixObject(json));
    }

    /** The stored id when it is a STIX indicator id; otherwise one derived from source and id. */
    private static String id(Indicator indicator) {
        String stixId = indicator.stixId();
        if (stixId.startsWith("indicator--") && StixIds.isValid(stixId)) {
            return stixId;
        }
        return StixIds.deterministic(
                "indicator", StixIds.CAIRN_NAMESPACE, Map.of("source", indicator.source(), "stix_id", stixId));
    }

    private static StixObject identity() {
        String since = "2024-01-01T00:00:00.000Z";
        return new StixObject(NODES.objectNode()
                .put("type", "identity")
                .put("spec_version", "2.1")
                .put("id", StixIds.deterministic("identity", StixIds.CAIRN_NAMESPACE, Map.of("name", "Cairn")))
                .put("created", since)
                .put("modified", since)
                .put("name", "Cairn")
                .put("identity_class", "system"));
    }
}
