package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactFacts;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.Store;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The artifact under assessment, what can be said of it offline, and bounded reads shared by rules. */
final class Subject {
    static final int RESOLUTIONS = 20;

    final Artifact artifact;
    final ArtifactFacts facts;
    final Instant now;
    final Store store;
    final ReputationConfig config;
    private final @Nullable Artifact host;
    private @Nullable List<Observation> resolutions;

    Subject(Artifact artifact, Instant now, Store store, ReputationConfig config) {
        this.artifact = artifact;
        this.facts = Artifacts.facts(artifact);
        this.now = now;
        this.store = store;
        this.config = config;
        this.host = Hosts.of(artifact);
    }

    /** The domain or address the artifact names: itself, or a URL's host. */
    @Nullable
    Artifact host() {
        return host;
    }

    /** The host when it is a domain name. */
    @Nullable
    Artifact domain() {
        return host != null && host.type() == ArtifactType.DOMAIN ? host : null;
    }

    /** The registered domain of the host, as an artifact. */
    @Nullable
    Artifact registeredDomain() {
        String registered = facts.registeredDomain();
        return registered == null || domain() == null ? null : Artifact.of(ArtifactType.DOMAIN, registered);
    }

    /**
     * Where the host resolved, most recent first: a domain's resolutions, or the resolutions that
     * name an address.
     */
    List<Observation> resolutions() {
        if (resolutions == null) {
            if (host == null) {
                resolutions = List.of();
            } else {
                Side side = host.type() == ArtifactType.IP ? Side.OBJECT : Side.SUBJECT;
                resolutions = store.observations().list(host, Dataset.RESOLUTION, side, RESOLUTIONS);
            }
        }
        return resolutions;
    }
}
