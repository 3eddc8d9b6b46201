package io.cairn.ingest.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/** The times feeds write. A time without an offset is UTC, a date alone is the start of its day. */
final class FeedTimes {
    /** {@code 2026-02-26}, {@code 2026-02-26T12:05:20}, {@code 2026-02-26T12:05:20.5+01:00}. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private FeedTimes() {}

    /** ISO-8601 as above, or abuse.ch's {@code 2026-02-26 12:05:20} (a space for the {@code T}). */
    static Optional<Instant> parse(String text) {
        String iso =
                text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            TemporalAccessor parsed = ISO.parseBest(iso, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            return Optional.of(
                    switch (parsed) {
                        case OffsetDateTime t -> t.toInstant();
                        case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
                        case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant();
                        default -> throw new IllegalStateException("parseBest returned " + parsed);
                    });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A US month/day/year date, as Microsoft's sample feeds write it: {@code 9/29/2022}. */
    static Optional<Instant> usDate(String text) {
        try {
            return Optional.of(
                    LocalDate.parse(text, US_DATE).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
