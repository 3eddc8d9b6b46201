package io.cairn.stix.pattern;

import java.util.List;
import java.util.Objects;

/**
 * An object path such as {@code file:hashes.'SHA-256'} or {@code email-message:to_refs[*].value}:
 * the SCO type and the steps from it to a property. The first step is always a member.
 */
public record ObjectPath(String objectType, List<PathStep> steps) {
    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");

    public ObjectPath {
        Objects.requireNonNull(objectType, "objectType");
        if (!TYPE.matcher(objectType).matches()) {
            throw new IllegalArgumentException("'" + objectType + "' is not an object type");
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.getFirst() instanceof PathStep.Member)) {
            throw new IllegalArgumentException("object path " + objectType + " must start with a property name");
        }
    }

    /** The property names along the path, without list indexes: {@code [hashes, SHA-256]}. */
    public List<String> memberNames() {
        return steps.stream()
                .filter(PathStep.Member.class::isInstance)
                .map(step -> ((PathStep.Member) step).name())
                .toList();
    }

    /** Whether the path is the type and exactly these property names, with no list steps. */
    public boolean is(String type, String... names) {
        return objectType.equals(type)
                && steps.size() == names.length
                && memberNames().equals(List.of(names));
    }
}
