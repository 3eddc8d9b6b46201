package io.cairn.demo;

import java.time.Instant;
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

    static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** {@code 2026-02-26 12:05:20}, as abuse.ch writes times. */
    static String abuseCh(Instant t) {
        String iso = iso(t.truncatedTo(ChronoUnit.SECONDS));
        return iso.substring(0, 10) + " " + iso.substring(11, 19);
    }

    /** Zeek's {@code ts}: seconds with six decimals. */
    static String zeek(Instant t) {
        String micros = Integer.toString(1_000_000 + t.getNano() / 1000);
        return t.getEpochSecond() + "." + micros.substring(1);
    }
}
