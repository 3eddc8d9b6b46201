package io.cairn.store;

import io.cairn.artifact.ArtifactType;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a warning list. {@code value} is what matching compares: a canonical CIDR block or
 * address, a canonical artifact value (with its {@code type} when it is an artifact), a hostname
 * without leading dot, a lower-case substring, or a Java regex. {@code display} is the entry as the
 * list wrote it.
 */
public record AllowEntry(Kind kind, @Nullable ArtifactType type, String value, String display) {

    /** How an entry matches; the id is what the store keeps. */
    public enum Kind {
        /** An address inside the block (or equal to the address). */
        CIDR("cidr"),
        /** The artifact's canonical value, of {@code type} when the entry has one. */
        EXACT("exact"),
        /** The hostname itself or any name below it, as MISP matches hostname lists. */
        SUFFIX("suffix"),
        /** The artifact's value contains the entry, ignoring case. */
        SUBSTRING("substring"),
        /** The regex finds a match in the artifact's value. */
        REGEX("regex");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown allow-list entry kind: " + id);
        }
    }

    public AllowEntry {
        Objects.requireNonNull(kind, "kind");
        if (value.isEmpty() || display.isEmpty()) {
            throw new IllegalArgumentException("an allow-list entry must not be empty");
        }
        if (type != null && kind != Kind.EXACT) {
            throw new IllegalArgumentException("only exact entries carry an artifact type");
        }
        if (kind == Kind.SUFFIX && (value.startsWith(".") || !value.equals(value.toLowerCase(Locale.ROOT)))) {
            throw new IllegalArgumentException("a hostname suffix is lower case without a leading dot: " + value);
        }
        if (kind == Kind.REGEX) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regex: " + e.getDescription(), e);
            }
        }
    }

    public static AllowEntry of(Kind kind, String value, String display) {
        return new AllowEntry(kind, null, value, display);
    }
}
