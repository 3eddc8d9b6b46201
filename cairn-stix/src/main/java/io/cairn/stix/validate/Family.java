package io.cairn.stix.validate;

import io.cairn.stix.StixType;
import org.jspecify.annotations.Nullable;

/**
 * Where an object belongs: a specification type, or a custom type whose family is known from its
 * extension definition ({@code new-sdo}, {@code new-sco}, {@code new-sro}) or unknown ({@code x-…}).
 */
record Family(@Nullable StixType type, StixType.@Nullable Kind kind) {

    static Family of(StixType type) {
        return new Family(type, type.kind());
    }

    boolean versioned() {
        return type != null ? type.isVersioned() : kind == StixType.Kind.DOMAIN || kind == StixType.Kind.RELATIONSHIP;
    }
}
