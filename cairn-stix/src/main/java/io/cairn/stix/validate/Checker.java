package io.cairn.stix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.stix.JsonPaths;
import io.cairn.stix.StixIds;
import io.cairn.stix.StixTimestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The object under check, the profile, and the issues found so far; one per validation. */
final class Checker {
    private static final Pattern MILLIS_OR_FINER = Pattern.compile(".*\\.\\d{3,9}Z");

    private final ObjectNode object;
    private final boolean strict;
    private final List<Issue> issues = new ArrayList<>();

    Checker(ObjectNode object, boolean strict) {
        this.object = object;
        this.strict = strict;
    }

    ObjectNode object() {
        return object;
    }

    /** Whether the export rules apply on top of the import rules. */
    boolean strict() {
        return strict;
    }

    /**
     * Whether the object is read as STIX 2.0: only on import, and only when it has no
     * spec_version (which 2.1 requires of all but observables). 2.0 lacks a few properties 2.1
     * made required, such as an indicator's pattern_type and a malware's is_family.
     */
    boolean stix20() {
        return !strict && !object.has("spec_version");
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    String type() {
        JsonNode type = object.get("type");
        return type != null && type.isTextual() ? type.textValue() : "";
    }

    boolean has(String property) {
        return object.has(property);
    }

    void fail(String path, String reason) {
        issues.add(new Issue(path, reason));
    }

    void failAt(String property, String reason) {
        fail(JsonPaths.child(JsonPaths.ROOT, property), reason);
    }

    void required(String... properties) {
        for (String property : properties) {
            if (!object.has(property) || object.get(property).isNull()) {
                failAt(property, type() + " requires the property " + property);
            }
        }
    }

    void atLeastOne(String... properties) {
        for (String property : properties) {
            if (object.has(property)) {
                return;
            }
        }
        fail(JsonPaths.ROOT, type() + " requires at least one of " + String.join(", ", properties));
    }

    Optional<String> string(String property) {
        JsonNode value = object.get(property);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            failAt(property, property + " must be a string");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /** A timestamp; {@code millis}: the specification's minimum precision for created and modified. */
    Optional<Instant> timestamp(String property, boolean millis) {
        Optional<String> text = string(property);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> instant = StixTimestamps.parse(text.get());
        if (instant.isEmpty()) {
            failAt(
                    property,
                    "'" + text.get() + "' is not a STIX timestamp (RFC 3339 in UTC, e.g. 2016-04-06T20:03:48.000Z)");
        } else if (strict && millis && !MILLIS_OR_FINER.matcher(text.get()).matches()) {
            failAt(property, property + " needs at least millisecond precision, e.g. 2016-04-06T20:03:48.000Z");
        }
        return instant;
    }

    /** A timestamp already checked elsewhere; reports nothing. */
    Optional<Instant> timestampQuietly(String property) {
        JsonNode value = object.get(property);
        return value != null && value.isTextual() ? StixTimestamps.parse(value.textValue()) : Optional.empty();
    }

    void bool(String property) {
        JsonNode value = object.get(property);
        if (value != null && !value.isBoolean()) {
            failAt(property, property + " must be true or false");
        }
    }

    void integer(String property, long min, long max) {
        JsonNode value = object.get(property);
        if (value == null) {
            return;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            failAt(property, property + " must be an integer");
        } else if (value.longValue() < min || value.longValue() > max) {
            failAt(property, property + " must be between " + min + " and " + max + ", not " + value.longValue());
        }
    }

    /** A reference; with the export rules, also its type ({@code allowed} empty: any type). */
    void ref(String property, Set<String> allowed) {
        JsonNode value = object.get(property);
        if (value != null) {
            checkRef(JsonPaths.child(JsonPaths.ROOT, property), value, property, allowed);
        }
    }

    void refs(String property, Set<String> allowed) {
        JsonNode value = object.get(property);
        if (value == null) {
            return;
        }
        String path = JsonPaths.child(JsonPaths.ROOT, property);
        if (!value.isArray()) {
            fail(path, property + " must be a list of identifiers");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            checkRef(JsonPaths.element(path, i), value.get(i), property, allowed);
        }
    }

    private void checkRef(String path, JsonNode value, String property, Set<String> allowed) {
        if (!value.isTextual() || !StixIds.isValid(value.textValue())) {
            fail(path, property + " must hold STIX identifiers (type--uuid), not " + value);
        } else if (strict && !allowed.isEmpty() && !allowed.contains(typeOf(value.textValue()))) {
            fail(
                    path,
                    property + " must refer to "
                            + String.join(" or ", allowed.stream().sorted().toList()) + ", not "
                            + typeOf(value.textValue()));
        }
    }

    void strings(String property) {
        JsonNode value = object.get(property);
        if (value == null) {
            return;
        }
        if (!value.isArray()) {
            failAt(property, property + " must be a list of strings");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                fail(JsonPaths.element(JsonPaths.child(JsonPaths.ROOT, property), i), property + " must hold strings");
            }
        }
    }

    static String typeOf(String id) {
        int separator = id.indexOf("--");
        return separator < 0 ? id : id.substring(0, separator);
    }
}
