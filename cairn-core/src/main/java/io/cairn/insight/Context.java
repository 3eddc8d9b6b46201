package io.cairn.insight;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactFacts;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.observation.Observation;
import io.cairn.reputation.Evidence;
import io.cairn.store.Store;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The artifact insights are about, its host and registered domain, and what they read from. */
record Context(
        Artifact artifact,
        @Nullable Artifact host,
        @Nullable Artifact registered,
        ArtifactFacts facts,
        Instant now,
        Store store,
        InsightConfig config) {

    static Context of(Artifact artifact, @Nullable Artifact host, Instant now, Store store, InsightConfig config) {
        ArtifactFacts facts = Artifacts.facts(artifact);
        Artifact registered = host != null && host.type() == ArtifactType.DOMAIN && facts.registeredDomain() != null
                ? Artifact.of(ArtifactType.DOMAIN, facts.registeredDomain())
                : null;
        return new Context(artifact, host, registered, facts, now, store, config);
    }

    Instant recent() {
        return now.minusSeconds(config.recentDays() * 86_400L);
    }

    static Evidence.ObservationRef ref(Observation o) {
        return new Evidence.ObservationRef(
                o.subject(), o.dataset(), o.object(), o.firstSeen(), o.lastSeen(), o.count());
    }
}
