package io.cairn.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A named warning list, held whole: lists are small (the largest public ones have about 100,000
 * entries). {@code kind} is the list's type as MISP names it; its entries say how each matches.
 */
public record WarningList(
        String name, @Nullable String description, @Nullable String version, Kind kind, List<AllowEntry> entries) {

    /** The MISP warning list types. */
    public enum Kind {
        CIDR("cidr"),
        STRING("string"),
        HOSTNAME("hostname"),
        SUBSTRING("substring"),
        REGEX("regex");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Kind> fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public WarningList {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a warning list needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
    }
}
