package io.cairn.chain;

import io.cairn.artifact.Artifact;
import java.util.List;

/** Profile links for the first nodes of a graph, one store query each, up to a bound. */
final class ProfileLookup {
    private final ProfileLinks links;
    private final int limit;
    private int calls;

    ProfileLookup(ProfileLinks links, int limit) {
        this.links = links;
        this.limit = limit;
    }

    List<ProfileLink> profiles(Artifact artifact) {
        if (calls >= limit) {
            return List.of();
        }
        calls++;
        return links.of(artifact);
    }

    int calls() {
        return calls;
    }
}
