package io.cairn.stix.marking;

import io.cairn.indicator.Tlp;
import io.cairn.stix.StixObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the TLP of objects read from one source. It knows the standard marking definitions
 * and learns any other TLP definition it is shown, so a bundle that defines its own TLP marking
 * (by a non-standard id) is honoured for the objects that follow it. Not thread-safe: one per import.
 */
public final class TlpResolver {
    private final Map<String, Tlp> learned = new HashMap<>();

    /** Remembers the TLP level of a marking-definition object; other objects are ignored. */
    public void learn(StixObject object) {
        TlpMarkings.ofDefinition(object).ifPresent(tlp -> learned.put(object.id(), tlp));
    }

    /** The TLP level of one marking-definition id, if it is known to be a TLP marking. */
    public Optional<Tlp> ofMarkingId(String markingDefinitionId) {
        return TlpMarkings.ofMarkingId(markingDefinitionId)
                .or(() -> Optional.ofNullable(learned.get(markingDefinitionId)));
    }

    /**
     * The TLP of an object: the most restrictive TLP among its {@code object_marking_refs};
     * references to non-TLP or unknown markings are ignored. Empty when no TLP marking applies.
     */
    public Optional<Tlp> tlpOf(StixObject object) {
        return TlpMarkings.strictest(object.objectMarkingRefs().stream()
                .map(this::ofMarkingId)
                .flatMap(Optional::stream)
                .toList());
    }
}
