package io.cairn.intel;

import java.util.Arrays;
import java.util.Optional;

/** What an intel profile is about. Malware and tools are both tools; the profile's type says which. */
public enum ProfileKind {
    ACTOR("actor"),
    TOOL("tool");

    private final String id;

    ProfileKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ProfileKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
