package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.store.ProfileStore;
import java.util.List;

/** The intel profiles an artifact is linked to; one store query per artifact. */
@FunctionalInterface
public interface ProfileLinks {

    List<ProfileLink> of(Artifact artifact);

    static ProfileLinks from(ProfileStore profiles) {
        return artifact -> profiles.forArtifact(artifact).stream()
                .map(p -> new ProfileLink(p.id(), p.kind().id(), p.name()))
                .toList();
    }

    static ProfileLinks none() {
        return artifact -> List.of();
    }
}
