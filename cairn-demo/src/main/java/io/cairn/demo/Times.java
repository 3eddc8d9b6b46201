package io.cairn.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The world's clock: two years of history that end at a fixed instant, so output never depends on today. */
final class Times {
    static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant START = END.minus(730, ChronoUnit.DAYS);
    static final long DAY = 86_400;

    private Times() {}

    static Instant daysBeforeEnd(long days) {
        return END.minusSeconds(days * DAY);
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** {@code 2026-02-26T12:05:20Z}, whole seconds; written by hand, as the formatter is slow for millions of lines. */
    static String iso(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        char[] c = {0, 0, 0, 0, '-', 0, 0, '-', 0, 0, 'T', 0, 0, ':', 0, 0, ':', 0, 0, 'Z'};
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
        }
        two(c, 0, year / 100);
        two(c, 2, year % 100);
        two(c, 5, d.getMonthValue());
        two(c, 8, d.getDayOfMonth());
        two(c, 11, d.getHour());
        two(c, 14, d.getMinute());
        two(c, 17, d.getSecond());
        return new String(c);
    }

    private static void two(char[] c, int at, int n) {
        c[at] = (char) ('0' + n / 10);
        c[at + 1] = (char) ('0' + n % 10);
    }

    /** {@code 2026-02-26 12:05:20}, as abuse.ch writes times. */
    static String abuseCh(Instant t) {
        String iso = iso(t);
        return iso.substring(0, 10) + " " + iso.substring(11, 19);
    }

    /** Zeek's {@code ts}: seconds with six decimals. */
    static String zeek(Instant t) {
        String micros = Integer.toString(1_000_000 + t.getNano() / 1000);
        return t.getEpochSecond() + "." + micros.substring(1);
    }
}
