package io.cairn.intel;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ATT&CK technique or sub-technique.
 *
 * @param id the ATT&CK id, e.g. {@code T1566} or {@code T1566.001}
 * @param ref the STIX id of its attack-pattern, which relations name
 * @param tactics the kill-chain phase names it serves, e.g. {@code initial-access}
 * @param active false when revoked or deprecated
 */
public record Technique(
        String id,
        String name,
        String ref,
        List<String> tactics,
        @Nullable String description,
        boolean active,
        String source) {

    public Technique {
        Objects.requireNonNull(id, "id");
        if (!id.matches("T\\d{4}(\\.\\d{3})?")) {
            throw new IllegalArgumentException("not an ATT&CK technique id: " + id);
        }
        if (name.isBlank() || ref.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("technique " + id + " needs a name, ref and source");
        }
        tactics = List.copyOf(tactics);
    }

    /** Whether this is a sub-technique ({@code T1566.001}). */
    public boolean isSubTechnique() {
        return id.indexOf('.') > 0;
    }
}
