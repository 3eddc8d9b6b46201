package io.cairn.stix.pattern;

import java.util.Objects;

/** One step of an object path: a property (or dictionary key), a list index, or every element. */
public sealed interface PathStep permits PathStep.Member, PathStep.Element, PathStep.AnyElement {

    /** {@code .name} or {@code .'quoted-name'}. */
    record Member(String name) implements PathStep {
        public Member {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty property name in an object path");
            }
        }
    }

    /** {@code [n]}. */
    record Element(int index) implements PathStep {
        public Element {
            if (index < 0) {
                throw new IllegalArgumentException("negative list index " + index);
            }
        }
    }

    /** {@code [*]}. */
    record AnyElement() implements PathStep {}
}
