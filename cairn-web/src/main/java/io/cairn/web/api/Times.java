package io.cairn.web.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Times in API bodies: ISO-8601 in UTC, as {@code 2026-01-01T00:00:00Z}. */
public final class Times {
    private Times() {}

    public static @Nullable String iso(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
