package io.cairn.insight;

import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

/**
 * What insights can be tuned by; the keys start with {@code insight.} and live in the reputation
 * settings file ({@code docs/reputation.md}).
 *
 * @param sinkholeAddresses addresses that sinkholes answer with
 * @param sinkholeNameServers name servers sinkholed domains are delegated to
 * @param recentDays "this week" and "resolving": seen within this many days
 */
public record InsightConfig(Set<String> sinkholeAddresses, Set<String> sinkholeNameServers, int recentDays) {

    public static final InsightConfig DEFAULTS = new InsightConfig(Set.of(), Set.of(), 7);

    public InsightConfig {
        sinkholeAddresses = Set.copyOf(sinkholeAddresses);
        sinkholeNameServers = Set.copyOf(sinkholeNameServers);
        if (recentDays < 1) {
            throw new IllegalArgumentException("insight.recent-days must be at least 1, not " + recentDays);
        }
    }

    /**
     * The defaults with the {@code insight.} keys {@code properties} sets replaced; other keys are
     * left to the reputation settings.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key or a value it cannot take
     */
    public static InsightConfig from(Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("insight.")
                    && !Set.of("insight.sinkhole.addresses", "insight.sinkhole.name-servers", "insight.recent-days")
                            .contains(key)) {
                throw new IllegalArgumentException("unknown insight setting '" + key + "'");
            }
        }
        int recent = DEFAULTS.recentDays;
        String days = properties.getProperty("insight.recent-days");
        if (days != null) {
            try {
                recent = Integer.parseInt(days.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("insight.recent-days: '" + days + "' is not a whole number", e);
            }
        }
        return new InsightConfig(
                canonical(properties, "insight.sinkhole.addresses", ArtifactType.IP),
                canonical(properties, "insight.sinkhole.name-servers", ArtifactType.DOMAIN),
                recent);
    }

    private static Set<String> canonical(Properties properties, String key, ArtifactType type) {
        String value = properties.getProperty(key);
        Set<String> values = new LinkedHashSet<>();
        if (value == null) {
            return values;
        }
        for (String item : value.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            switch (Artifacts.parse(type, item.strip())) {
                case ParseResult.Parsed p -> values.add(p.artifact().value());
                case ParseResult.NotAnArtifact n ->
                    throw new IllegalArgumentException(key + ": '" + item.strip() + "' is not "
                            + (type == ArtifactType.IP ? "an IP address" : "a domain name") + ": " + n.reason());
            }
        }
        return values;
    }
}
