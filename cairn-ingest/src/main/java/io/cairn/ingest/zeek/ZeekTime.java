package io.cairn.ingest.zeek;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Zeek times: epoch seconds with a fraction ({@code 1300475167.096535}) or ISO 8601 in JSON logs. */
final class ZeekTime {
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(253_402_300_799L);

    private ZeekTime() {}

    static Instant parse(String field, @Nullable String text) throws BadRow {
        if (text == null) {
            throw new BadRow(field, "missing " + field);
        }
        if (text.indexOf('T') > 0) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadRow(field, field + " '" + text + "' is not a time: " + e.getMessage());
            }
        }
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadRow(field, field + " '" + text + "' is not a time in seconds since 1970");
        }
        return seconds(field, seconds);
    }

    static Instant seconds(String field, BigDecimal seconds) throws BadRow {
        if (seconds.signum() < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
            throw new BadRow(field, field + " " + seconds.toPlainString() + " is not a time between 1970 and 9999");
        }
        long whole = seconds.longValue();
        long nanos =
                seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
