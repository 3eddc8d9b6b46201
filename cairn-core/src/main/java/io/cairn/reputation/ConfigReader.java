package io.cairn.reputation;

import io.cairn.artifact.ArtifactType;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/** Reads the keys of {@code docs/reputation.md} over the defaults; every error names its key. */
final class ConfigReader {
    /** Insight settings share the file; {@code InsightConfig} reads them. */
    private static final String INSIGHT = "insight.";

    private static final String HALF_LIFE = "decay.half-life-days.";
    private static final List<String> WEIGHTS = List.of(
            "listed-percent",
            "profile",
            "detonation-malicious",
            "detonation-suspicious",
            "neighbour-each",
            "neighbour-max",
            "young-registration",
            "self-signed-certificate",
            "fresh-certificate",
            "abuse-tld",
            "abuse-hosting",
            "dga-name",
            "lookalike-name");
    private static final Set<String> KEYS = Set.of(
            "neighbours.bound",
            "neighbours.hub-threshold",
            "registration.young-days",
            "certificate.fresh-days",
            "abuse.tlds",
            "abuse.asns",
            "brands",
            "dga.threshold",
            "allow-list.cap");

    private final Properties properties;

    ConfigReader(Properties properties) {
        this.properties = properties;
    }

    ReputationConfig read() {
        ReputationConfig d = ReputationConfig.DEFAULTS;
        for (String key : properties.stringPropertyNames()) {
            boolean known = key.startsWith(INSIGHT)
                    || KEYS.contains(key)
                    || key.startsWith("weight.") && WEIGHTS.contains(key.substring("weight.".length()))
                    || key.startsWith(HALF_LIFE);
            if (!known) {
                throw new IllegalArgumentException("unknown reputation setting '" + key + "'");
            }
        }
        Weights w = d.weights();
        int[] defaults = {
            w.listedPercent(),
            w.profile(),
            w.detonationMalicious(),
            w.detonationSuspicious(),
            w.neighbourEach(),
            w.neighbourMax(),
            w.youngRegistration(),
            w.selfSignedCertificate(),
            w.freshCertificate(),
            w.abuseTld(),
            w.abuseHosting(),
            w.dgaName(),
            w.lookalikeName()
        };
        int[] weights = new int[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            weights[i] = integer("weight." + WEIGHTS.get(i), defaults[i], 0, 100);
        }
        return new ReputationConfig(
                new Weights(
                        weights[0],
                        weights[1],
                        weights[2],
                        weights[3],
                        weights[4],
                        weights[5],
                        weights[6],
                        weights[7],
                        weights[8],
                        weights[9],
                        weights[10],
                        weights[11],
                        weights[12]),
                halfLives(d.halfLives()),
                integer("neighbours.bound", d.neighbourBound(), 1, 10_000),
                integer("neighbours.hub-threshold", d.hubThreshold(), 1, Integer.MAX_VALUE),
                integer("registration.young-days", d.youngRegistrationDays(), 0, 36_500),
                integer("certificate.fresh-days", d.freshCertificateDays(), 0, 36_500),
                list("abuse.tlds", d.abuseTlds(), ConfigReader::tld),
                list("abuse.asns", d.abuseAsns(), ConfigReader::asn),
                List.copyOf(list("brands", new LinkedHashSet<>(d.brands()), ConfigReader::brand)),
                fraction("dga.threshold", d.dgaThreshold()),
                integer("allow-list.cap", d.allowListCap(), 0, 100));
    }

    private Map<ArtifactType, Duration> halfLives(Map<ArtifactType, Duration> defaults) {
        Map<ArtifactType, Duration> halfLives = new HashMap<>(defaults);
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(HALF_LIFE)) {
                continue;
            }
            String id = key.substring(HALF_LIFE.length());
            ArtifactType type = ArtifactType.fromId(id)
                    .orElseThrow(() -> new IllegalArgumentException(key + ": unknown artifact type '" + id
                            + "'; one of "
                            + Arrays.stream(ArtifactType.values())
                                    .map(ArtifactType::id)
                                    .toList()));
            String value = properties.getProperty(key).strip();
            if (value.equalsIgnoreCase("never")) {
                halfLives.remove(type);
            } else {
                halfLives.put(type, Duration.ofDays(integer(key, 0, 1, 36_500)));
            }
        }
        return halfLives;
    }

    private int integer(String key, int fallback, int min, int max) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + ": " + n + " is outside " + min + "-" + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not a whole number", e);
        }
    }

    private double fraction(String key, double fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            double n = Double.parseDouble(value.strip());
            if (!(n > 0 && n <= 1)) {
                throw new IllegalArgumentException(key + ": " + n + " is outside (0, 1]");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not a number", e);
        }
    }

    private <T> Set<T> list(String key, Set<T> fallback, Function<String, T> parse) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        Set<T> parsed = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                parsed.add(wrap(key, () -> parse.apply(trimmed)));
            }
        }
        return parsed;
    }

    private static String tld(String text) {
        String tld = text.toLowerCase(Locale.ROOT);
        tld = tld.startsWith(".") ? tld.substring(1) : tld;
        if (!tld.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("'" + text + "' is not a top-level domain");
        }
        return tld;
    }

    private static Long asn(String text) {
        String digits = text.toUpperCase(Locale.ROOT).startsWith("AS") ? text.substring(2) : text;
        try {
            long asn = Long.parseLong(digits);
            if (asn < 0 || asn > 4_294_967_295L) {
                throw new IllegalArgumentException("'" + text + "' is not an AS number");
            }
            return asn;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an AS number", e);
        }
    }

    private static String brand(String text) {
        String domain = text.toLowerCase(Locale.ROOT);
        if (!domain.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("'" + text + "' is not a brand's registered domain");
        }
        return domain;
    }

    private static <T> T wrap(String key, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(key)
                    ? e
                    : new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }
}
