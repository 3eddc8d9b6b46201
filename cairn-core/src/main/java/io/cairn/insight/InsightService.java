package io.cairn.insight;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.reputation.Hosts;
import io.cairn.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The insights that hold for an artifact, in a fixed order: what sources and lists say, then what
 * the host (the artifact itself, or a URL's host) shows as a domain or as an address.
 */
public final class InsightService {
    private final Store store;
    private final InsightConfig config;
    private final Clock clock;

    public InsightService(Store store, InsightConfig config, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<Insight> insights(Artifact artifact) {
        Artifact host = Hosts.of(artifact);
        Context c = Context.of(artifact, host, clock.instant(), store, config);
        List<Insight> insights = new ArrayList<>(ListingInsights.of(c));
        if (host != null && host.type() == ArtifactType.DOMAIN) {
            insights.addAll(DomainInsights.of(c));
        }
        if (host != null && host.type() == ArtifactType.IP) {
            insights.addAll(AddressInsights.of(c));
        }
        return insights;
    }
}
