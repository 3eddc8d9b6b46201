package io.cairn.artifact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Tracker kinds Cairn knows, with the one spelling it stores and the shape of their values. */
enum TrackerKind {
    GOOGLE_ANALYTICS_TRACKING_ID("GoogleAnalyticsTrackingId", "UA-\\d{4,10}-\\d{1,4}", Case.UPPER),
    GOOGLE_ANALYTICS_MEASUREMENT_ID("GoogleAnalyticsMeasurementId", "G-[A-Z0-9]{6,12}", Case.UPPER),
    GOOGLE_TAG_MANAGER_ID("GoogleTagManagerId", "GTM-[A-Z0-9]{4,9}", Case.UPPER),
    GOOGLE_ADSENSE_PUBLISHER_ID("GoogleAdSensePublisherId", "(?:ca-)?pub-\\d{10,20}", Case.LOWER),
    FACEBOOK_PIXEL_ID("FacebookPixelId", "\\d{10,20}", Case.AS_IS),
    HOTJAR_ID("HotjarId", "\\d{4,10}", Case.AS_IS),
    YANDEX_METRICA_COUNTER_ID("YandexMetricaCounterId", "\\d{4,12}", Case.AS_IS),
    NEW_RELIC_ID("NewRelicId", "[A-Za-z0-9_-]{4,64}", Case.AS_IS),
    JARM_HASH("JarmHash", "[0-9a-f]{62}", Case.LOWER),
    JA3_HASH("Ja3Hash", "[0-9a-f]{32}", Case.LOWER),
    JA3S_HASH("Ja3sHash", "[0-9a-f]{32}", Case.LOWER),
    JA4_FINGERPRINT("Ja4Fingerprint", "[tqd]\\d{2}[di]\\d{4}[0-9a-z]{2}_[0-9a-f]{12}_[0-9a-f]{12}", Case.LOWER),
    FAVICON_MMH3("FaviconMmh3", "-?\\d{1,10}", Case.AS_IS),
    FAVICON_MD5("FaviconMd5", "[0-9a-f]{32}", Case.LOWER);

    private enum Case {
        UPPER(s -> s.toUpperCase(Locale.ROOT)),
        LOWER(s -> s.toLowerCase(Locale.ROOT)),
        AS_IS(UnaryOperator.identity());

        private final UnaryOperator<String> apply;

        Case(UnaryOperator<String> apply) {
            this.apply = apply;
        }
    }

    private final String spelling;
    private final Pattern shape;
    private final Case valueCase;

    TrackerKind(String spelling, String shape, Case valueCase) {
        this.spelling = spelling;
        this.shape = Pattern.compile(shape);
        this.valueCase = valueCase;
    }

    String spelling() {
        return spelling;
    }

    static Optional<TrackerKind> named(String name) {
        return Arrays.stream(values())
                .filter(k -> k.spelling.equalsIgnoreCase(name))
                .findFirst();
    }

    /** The value in its stored case, or empty if it does not have this kind's shape. */
    Optional<String> canonicalValue(String value) {
        String normalised = valueCase.apply.apply(value);
        if (!shape.matcher(normalised).matches()) {
            return Optional.empty();
        }
        if (this == FAVICON_MMH3) {
            // MurmurHash3 favicon hashes are signed 32-bit integers, as Shodan prints them.
            long n = Long.parseLong(normalised);
            return n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? Optional.empty() : Optional.of(Long.toString(n));
        }
        return Optional.of(normalised);
    }

    /** Google ids are distinctive enough to recognise without a kind: UA-…, G-…, GTM-…. */
    static Optional<TrackerKind> recognise(String bareValue) {
        if (bareValue.startsWith("UA-")) {
            return matches(GOOGLE_ANALYTICS_TRACKING_ID, bareValue);
        }
        if (bareValue.startsWith("GTM-")) {
            return matches(GOOGLE_TAG_MANAGER_ID, bareValue);
        }
        if (bareValue.startsWith("G-") && bareValue.length() == 12) {
            return matches(GOOGLE_ANALYTICS_MEASUREMENT_ID, bareValue);
        }
        return Optional.empty();
    }

    private static Optional<TrackerKind> matches(TrackerKind kind, String value) {
        return kind.shape.matcher(value).matches() ? Optional.of(kind) : Optional.empty();
    }
}
