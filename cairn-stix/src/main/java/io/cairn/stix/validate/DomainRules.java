package io.cairn.stix.validate;

import io.cairn.stix.StixType;
import io.cairn.stix.pattern.PatternResult;
import io.cairn.stix.pattern.StixPatterns;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What each domain object (§4) and relationship object (§5) requires beyond the common properties. */
final class DomainRules {
    private static final int MAX_COUNT = 999_999_999;

    private DomainRules() {}

    static void check(Checker c, StixType type) {
        switch (type) {
            case ATTACK_PATTERN,
                    CAMPAIGN,
                    COURSE_OF_ACTION,
                    IDENTITY,
                    INCIDENT,
                    INFRASTRUCTURE,
                    INTRUSION_SET,
                    THREAT_ACTOR,
                    TOOL,
                    VULNERABILITY -> c.required("name");
            case GROUPING -> c.required("context", "object_refs");
            case INDICATOR -> indicator(c);
            case LOCATION -> location(c);
            case MALWARE -> malware(c);
            case MALWARE_ANALYSIS -> {
                c.required("product");
                c.atLeastOne("result", "analysis_sco_refs");
            }
            case NOTE -> c.required("content", "object_refs");
            case OBSERVED_DATA -> observedData(c);
            case OPINION -> c.required("opinion", "object_refs");
            case REPORT -> c.required("name", "published", "object_refs");
            case RELATIONSHIP -> relationship(c);
            case SIGHTING -> sighting(c);
            default -> throw new IllegalArgumentException(type + " is not a domain or relationship object");
        }
        c.refs("object_refs", Set.of());
        ordered(c, "first_seen", "last_seen");
    }

    private static void indicator(Checker c) {
        c.required("pattern", "valid_from");
        if (!c.stix20()) {
            c.required("pattern_type");
        }
        ordered(c, "valid_from", "valid_until");
        Optional<String> pattern = c.string("pattern");
        String patternType = c.string("pattern_type").orElse(c.stix20() ? "stix" : "");
        if (pattern.isPresent()
                && patternType.equals("stix")
                && StixPatterns.parse(pattern.get()) instanceof PatternResult.Invalid invalid) {
            c.failAt("pattern", "invalid STIX pattern " + invalid.first());
        }
    }

    private static void location(Checker c) {
        c.atLeastOne("region", "country", "latitude");
        if (c.has("latitude") != c.has("longitude")) {
            c.fail("$", "a location with latitude needs longitude, and the other way round");
        }
        if (c.has("precision") && !c.has("latitude")) {
            c.failAt("precision", "precision applies only with latitude and longitude");
        }
        range(c, "latitude", 90);
        range(c, "longitude", 180);
    }

    private static void range(Checker c, String property, double limit) {
        var value = c.object().get(property);
        if (value != null && (!value.isNumber() || Math.abs(value.doubleValue()) > limit)) {
            c.failAt(property, property + " must be a number between -" + (int) limit + " and " + (int) limit);
        }
    }

    private static void malware(Checker c) {
        if (!c.stix20()) {
            c.required("is_family");
        }
        c.bool("is_family");
        if (c.object().path("is_family").asBoolean(false)) {
            c.required("name");
        }
    }

    private static void observedData(Checker c) {
        c.required("first_observed", "last_observed", "number_observed");
        c.integer("number_observed", 1, MAX_COUNT);
        ordered(c, "first_observed", "last_observed");
        if (c.has("objects") == c.has("object_refs")) {
            c.fail("$", "observed-data has exactly one of object_refs and the deprecated objects");
        }
    }

    private static void relationship(Checker c) {
        c.required("relationship_type", "source_ref", "target_ref");
        c.string("relationship_type");
        for (String end : new String[] {"source_ref", "target_ref"}) {
            c.ref(end, Set.of());
            c.string(end)
                    .map(Checker::typeOf)
                    .filter(
                            Set.of("bundle", "language-content", "marking-definition", "extension-definition")
                                    ::contains)
                    .filter(t -> c.strict())
                    .ifPresent(t -> c.failAt(end, "a relationship cannot point at a " + t));
        }
        ordered(c, "start_time", "stop_time");
    }

    private static void sighting(Checker c) {
        c.required("sighting_of_ref");
        c.ref("sighting_of_ref", Set.of());
        c.string("sighting_of_ref")
                .map(Checker::typeOf)
                .filter(t -> c.strict() && !t.startsWith("x-"))
                .filter(t -> StixType.of(t)
                        .map(k -> k.kind() != StixType.Kind.DOMAIN)
                        .orElse(false))
                .ifPresent(t -> c.failAt("sighting_of_ref", "a sighting is of a domain object, not a " + t));
        c.refs("observed_data_refs", Set.of("observed-data"));
        c.refs("where_sighted_refs", Set.of("identity", "location"));
        c.integer("count", 0, MAX_COUNT);
    }

    /** {@code later} must not be before {@code earlier} (valid_until strictly after valid_from). */
    private static void ordered(Checker c, String earlier, String later) {
        Optional<Instant> from = c.object().has(earlier) ? c.timestampQuietly(earlier) : Optional.empty();
        Optional<Instant> to = c.object().has(later) ? c.timestampQuietly(later) : Optional.empty();
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        boolean strictlyAfter = later.equals("valid_until") || later.equals("stop_time");
        if (to.get().isBefore(from.get()) || (strictlyAfter && to.get().equals(from.get()))) {
            c.failAt(later, later + " must be " + (strictlyAfter ? "later than " : "at or after ") + earlier);
        }
    }
}
