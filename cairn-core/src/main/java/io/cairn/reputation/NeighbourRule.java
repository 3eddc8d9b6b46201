package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Listed neighbours: domains that share an address, a tracker, a certificate or a registrant with
 * the host (or, for an address, the domains it hosts). At most the configured number of neighbours
 * is looked at, and a pivot with more tenants than the hub threshold is not followed: shared
 * hosting and CDNs say nothing about their tenants.
 */
final class NeighbourRule extends BaseRule {
    /** A neighbour counts as malicious when a source lists it with at least this decayed confidence. */
    static final double LISTED = 50;

    static final List<Dataset> SHARED =
            List.of(Dataset.RESOLUTION, Dataset.TRACKER, Dataset.CERTIFICATE, Dataset.WHOIS);

    NeighbourRule() {
        super(
                "malicious-neighbours",
                "Domains sharing its address, tracker, certificate or registrant are listed",
                Severity.MEDIUM);
    }

    @Override
    public RuleResult apply(Subject s) {
        Artifact host = s.host();
        if (host == null) {
            return RuleResult.notFired(this, "a " + s.artifact.type().id() + " has no neighbours to look at");
        }
        int bound = s.config.neighbourBound();
        List<Artifact> pivots = host.type() == ArtifactType.IP ? List.of(host) : pivots(s, host, bound);
        if (pivots.isEmpty()) {
            return RuleResult.notFired(this, "shares no address, tracker, certificate or registrant with anything");
        }
        Neighbours found = Neighbours.of(host, Pivots.around(s.store, pivots, bound), bound, s.config.hubThreshold());
        List<Evidence> evidence = new ArrayList<>();
        for (Observation edge : found.neighbours()) {
            String listing = listing(s, edge.subject());
            if (listing != null) {
                evidence.add(new Evidence.Neighbour(edge.subject(), edge.dataset(), edge.object(), listing));
            }
        }
        long listed = evidence.size();
        found.hubs().forEach(h -> evidence.add(new Evidence.Fact("hub not followed: " + h)));
        String looked = found.describe(pivots.size(), bound);
        int points = (int) Math.min(
                s.config.weights().neighbourMax(), listed * s.config.weights().neighbourEach());
        if (points == 0) {
            return RuleResult.notFired(
                    this,
                    looked + (listed == 0 ? "; none is listed" : "; " + listed + " listed, weighing nothing"),
                    evidence);
        }
        return RuleResult.fired(this, points, looked + "; " + listed + " listed", evidence);
    }

    /** What the host shares: its addresses, trackers, certificates and registrant fields, most recent first. */
    private static List<Artifact> pivots(Subject s, Artifact host, int bound) {
        Set<Artifact> pivots = new LinkedHashSet<>();
        for (Dataset d : SHARED) {
            for (Observation edge : s.store.observations().list(host, d, Side.SUBJECT, bound)) {
                Artifact object = edge.object();
                if (object.type() != ArtifactType.WHOIS_FIELD || object.value().startsWith("registrant-")) {
                    pivots.add(object);
                }
            }
        }
        return pivots.stream().limit(bound).toList();
    }

    /** Why a neighbour counts as malicious, or null when it does not. */
    private static @Nullable String listing(Subject s, Artifact neighbour) {
        for (Indicator i : s.store.indicators().forArtifact(neighbour)) {
            if (i.revoked() || i.validUntil() != null && !i.validUntil().isAfter(s.now)) {
                continue;
            }
            Decay decay = Decay.of(
                    i.confidence(), Duration.between(i.lastSeen(), s.now), s.config.halfLife(neighbour.type()));
            if (decay.decayed() >= LISTED) {
                return "listed by " + i.source() + " " + i.stixId() + ", confidence " + decay.describe();
            }
        }
        return null;
    }
}
