package io.cairn.app;

import io.cairn.artifact.Artifact;
import io.cairn.chain.Reputations;
import io.cairn.store.IndicatorStore;
import java.util.HashMap;
import java.util.Map;

/**
 * The reputation class the command line shows on graphs: Suspicious when a source lists the
 * artifact with an indicator that is not revoked, Unknown otherwise; asked once per artifact.
 */
final class ListedReputations implements Reputations {
    private final IndicatorStore indicators;
    private final Map<Artifact, String> known = new HashMap<>();

    ListedReputations(IndicatorStore indicators) {
        this.indicators = indicators;
    }

    @Override
    public String classOf(Artifact artifact) {
        return known.computeIfAbsent(
                artifact,
                a -> indicators.forArtifact(a).stream().anyMatch(i -> !i.revoked()) ? "Suspicious" : "Unknown");
    }
}
