package io.cairn.web.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads a request's query parameters; a bad value is a 400 that names the parameter and says why. */
public final class Query {
    /** Page size when the caller gives none. */
    public static final int DEFAULT_LIMIT = 50;

    /** Longest free-text parameter accepted. */
    public static final int MAX_TEXT = 500;

    private final Context ctx;

    private Query(Context ctx) {
        this.ctx = ctx;
    }

    public static Query of(Context ctx) {
        return new Query(ctx);
    }

    public static Param limitParam(int max) {
        return Param.queryInteger("limit", "Most items on one page", 1, max, Math.min(DEFAULT_LIMIT, max));
    }

    public static Param cursorParam() {
        return Param.query("cursor", "The 'next' value of the previous page; absent for the first page");
    }

    /** Trimmed text, or null when absent or blank. */
    public @Nullable String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequestResponse(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    public String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw new BadRequestResponse(name + " is required");
        }
        return value;
    }

    public int limit(int max) {
        String value = text("limit");
        if (value == null) {
            return Math.min(DEFAULT_LIMIT, max);
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // Same answer as a number out of range.
        }
        throw new BadRequestResponse("limit must be a whole number from 1 to " + max + ", not '" + value + "'");
    }

    public @Nullable String cursor() {
        return text("cursor");
    }

    /** An instant from an ISO-8601 time with offset, or a date (its start, UTC). */
    public @Nullable Instant time(String name) {
        String value = text(name);
        return value == null ? null : parseTime(name, value);
    }

    /** Parses what {@link #time} accepts; a 400 naming {@code field} otherwise. */
    public static Instant parseTime(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new BadRequestResponse(field + " must be an ISO-8601 time such as 2024-05-01T00:00:00Z or a date"
                        + " such as 2024-05-01, not '" + value + "'");
            }
        }
    }

    public @Nullable Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestResponse(name + " must be true or false, not '" + value + "'");
        };
    }

    /** One of a fixed set of names, looked up case-insensitively by {@code lookup}. */
    public <T> Optional<T> choice(String name, List<String> allowed, Function<String, Optional<T>> lookup) {
        String value = text(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(lookup.apply(value.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadRequestResponse(
                        name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'")));
    }

    /** The lower-case names of an enum's constants, underscores kept. */
    public static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList();
    }
}
