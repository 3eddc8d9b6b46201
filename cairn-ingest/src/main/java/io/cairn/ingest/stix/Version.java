package io.cairn.ingest.stix;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.KillChainPhase;
import io.cairn.indicator.Tlp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What every indicator made from one STIX indicator object shares: version, markings and times. */
record Version(
        Instant modified,
        int confidence,
        Tlp tlp,
        Instant validFrom,
        @Nullable Instant validUntil,
        boolean revoked,
        Set<String> labels,
        List<KillChainPhase> killChainPhases,
        Instant firstSeen,
        Instant lastSeen) {

    Version {
        labels = Set.copyOf(labels);
        killChainPhases = List.copyOf(killChainPhases);
    }

    Indicator indicator(String source, String stixId, @Nullable Artifact artifact, @Nullable String pattern) {
        return new Indicator(
                artifact,
                pattern,
                source,
                stixId,
                modified,
                confidence,
                tlp,
                validFrom,
                validUntil,
                revoked,
                labels,
                killChainPhases,
                firstSeen,
                lastSeen);
    }
}
