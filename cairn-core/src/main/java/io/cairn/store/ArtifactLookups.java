package io.cairn.store;

import io.cairn.artifact.ArtifactType;
import java.util.List;

/**
 * Finding artifacts by what is said about them rather than by their value. Certificate fields and
 * prefixes are index lookups; labels are read from the indicators themselves.
 */
public interface ArtifactLookups {

    /**
     * Certificates whose stored {@code certificate} documents (any version) have {@code value} in
     * {@code field}, in value order, at most {@code limit}.
     */
    List<StoredArtifact> certificates(CertificateField field, String value, int limit);

    /** Artifacts of {@code type} whose canonical value starts with {@code prefix}, in value order. */
    List<StoredArtifact> withPrefix(ArtifactType type, String prefix, int limit);

    /**
     * Artifacts named by a current, unrevoked indicator carrying {@code label} (ignoring case), in
     * value order, at most {@code limit}.
     */
    List<StoredArtifact> labelled(String label, int limit);
}
