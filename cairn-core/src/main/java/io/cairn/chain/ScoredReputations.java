package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.reputation.ReputationService;
import java.util.HashMap;
import java.util.Map;

/**
 * The reputation class graphs show on each node: the artifact's own score (sources, profiles,
 * detonation, registration, certificates, names, warning lists), without the neighbour rule, which
 * the graph itself shows. Asked once per artifact; one instance serves one expansion.
 */
public final class ScoredReputations implements Reputations {
    private final ReputationService reputation;
    private final Map<Artifact, String> known = new HashMap<>();

    public ScoredReputations(ReputationService reputation) {
        this.reputation = reputation;
    }

    @Override
    public String classOf(Artifact artifact) {
        return known.computeIfAbsent(
                artifact, a -> reputation.assessOwn(a).band().label());
    }
}
