package io.cairn.reputation;

import io.cairn.artifact.ArtifactType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything reputation can be tuned by; {@link #DEFAULTS} documents the defaults and
 * {@link #from(Properties)} reads the keys of {@code docs/reputation.md}.
 *
 * @param halfLives how fast a source's confidence decays per artifact type; a type left out never decays
 * @param neighbourBound at most this many neighbours are looked at, over all shared pivots
 * @param hubThreshold a pivot (an address, tracker, certificate, registrant) with more connections
 *     than this is a hub: shared hosting or a CDN, whose tenants say nothing about each other
 * @param youngRegistrationDays a registration younger than this is young
 * @param freshCertificateDays a certificate issued less than this long ago is fresh
 * @param abuseTlds top-level domains abuse concentrates in, without dots, lower case
 * @param abuseAsns autonomous systems of hosting abuse concentrates in
 * @param brands registered domains of brands lookalikes imitate (the brand's name is their first label)
 * @param dgaThreshold a name whose generated-name score (0-1) reaches this looks machine-made
 * @param allowListCap the highest score an artifact a warning list holds can get
 */
public record ReputationConfig(
        Weights weights,
        Map<ArtifactType, Duration> halfLives,
        int neighbourBound,
        int hubThreshold,
        int youngRegistrationDays,
        int freshCertificateDays,
        Set<String> abuseTlds,
        Set<Long> abuseAsns,
        List<String> brands,
        double dgaThreshold,
        int allowListCap) {

    public static final ReputationConfig DEFAULTS = new ReputationConfig(
            Weights.DEFAULTS,
            defaultHalfLives(),
            25,
            50,
            30,
            7,
            Set.of(
                    "xyz", "top", "icu", "tk", "ml", "ga", "cf", "gq", "buzz", "cyou", "rest", "sbs", "cfd", "bond",
                    "monster", "zip", "mov", "lol", "quest", "click"),
            Set.of(),
            List.of(
                    "microsoft.com",
                    "google.com",
                    "apple.com",
                    "paypal.com",
                    "amazon.com",
                    "facebook.com",
                    "netflix.com",
                    "office.com",
                    "outlook.com",
                    "linkedin.com",
                    "dropbox.com",
                    "docusign.com"),
            0.6,
            10);

    public ReputationConfig {
        Objects.requireNonNull(weights, "weights");
        halfLives = Map.copyOf(halfLives);
        halfLives.forEach((type, halfLife) -> {
            if (halfLife.isZero() || halfLife.isNegative()) {
                throw new IllegalArgumentException("the half-life of " + type + " must be positive: " + halfLife);
            }
        });
        if (neighbourBound < 1) {
            throw new IllegalArgumentException("the neighbour bound must be at least 1, not " + neighbourBound);
        }
        if (hubThreshold < 1) {
            throw new IllegalArgumentException("the hub threshold must be at least 1, not " + hubThreshold);
        }
        if (youngRegistrationDays < 0 || freshCertificateDays < 0) {
            throw new IllegalArgumentException("day counts must not be negative");
        }
        abuseTlds = Set.copyOf(abuseTlds);
        abuseAsns = Set.copyOf(abuseAsns);
        brands = List.copyOf(brands);
        if (dgaThreshold <= 0 || dgaThreshold > 1) {
            throw new IllegalArgumentException("the DGA threshold is within (0, 1], not " + dgaThreshold);
        }
        if (allowListCap < 0 || allowListCap > 100) {
            throw new IllegalArgumentException("the allow-list cap is within 0-100, not " + allowListCap);
        }
    }

    /** The half-life of confidence in an artifact of {@code type}; null when it never decays. */
    public @Nullable Duration halfLife(ArtifactType type) {
        return halfLives.get(type);
    }

    /**
     * The defaults with the keys {@code properties} sets replaced.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key or a value it cannot take
     */
    public static ReputationConfig from(Properties properties) {
        return new ConfigReader(properties).read();
    }

    private static Map<ArtifactType, Duration> defaultHalfLives() {
        Map<ArtifactType, Duration> halfLives = new EnumMap<>(ArtifactType.class);
        for (ArtifactType type : ArtifactType.values()) {
            if (!type.isHash()) {
                halfLives.put(type, Duration.ofDays(180));
            }
        }
        halfLives.put(ArtifactType.IP, Duration.ofDays(30));
        halfLives.put(ArtifactType.CIDR, Duration.ofDays(30));
        halfLives.put(ArtifactType.DOMAIN, Duration.ofDays(120));
        halfLives.put(ArtifactType.URL, Duration.ofDays(90));
        halfLives.put(ArtifactType.EMAIL, Duration.ofDays(365));
        return halfLives;
    }
}
