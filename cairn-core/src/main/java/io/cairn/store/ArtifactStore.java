package io.cairn.store;

import io.cairn.artifact.ArtifactType;
import java.util.List;
import java.util.Optional;

/** Finding known artifacts. Values are canonical: the store compares them byte for byte. */
public interface ArtifactStore {

    /** Fragments shorter than this cannot be served by the trigram index. */
    int MIN_FRAGMENT_LENGTH = 3;

    Optional<StoredArtifact> find(ArtifactType type, String canonicalValue);

    /**
     * Known domains strictly below {@code domain} ({@code *.example.com} for {@code example.com}), in
     * hierarchical order (by reversed labels), at most {@code limit}.
     */
    List<StoredArtifact> subdomains(String domain, int limit);

    /**
     * Known domains and URLs whose value contains {@code fragment}, ignoring ASCII case, at most
     * {@code limit}, in no particular order.
     *
     * @throws IllegalArgumentException if the fragment is shorter than {@link #MIN_FRAGMENT_LENGTH}
     */
    List<StoredArtifact> containing(String fragment, int limit);
}
