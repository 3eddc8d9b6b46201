package io.cairn.stix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.stix.JsonPaths;
import io.cairn.stix.StixType;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The common properties (specification §3.2), by the family the object belongs to. */
final class CommonRules {
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z0-9_]{1,250}");
    private static final Set<String> TIMESTAMPS = Set.of(
            "valid_from",
            "valid_until",
            "first_seen",
            "last_seen",
            "first_observed",
            "last_observed",
            "published",
            "start_time",
            "stop_time",
            "analysis_started",
            "analysis_ended",
            "submitted",
            "object_modified",
            "date",
            "ctime",
            "mtime",
            "atime",
            "created_time",
            "start",
            "end",
            "validity_not_before",
            "validity_not_after",
            "account_created",
            "account_expires",
            "credential_last_changed",
            "account_first_login",
            "account_last_login",
            "modified_time");

    private CommonRules() {}

    static void check(Checker c, Family family, boolean known) {
        if (family.versioned()) {
            c.required("created", "modified");
        } else if (family.type() == StixType.MARKING_DEFINITION) {
            c.required("created");
        }
        var created = c.timestamp("created", true);
        var modified = c.timestamp("modified", true);
        if (created.isPresent() && modified.isPresent() && modified.get().isBefore(created.get())) {
            c.failAt("modified", "modified is earlier than created");
        }
        if (known) {
            TIMESTAMPS.forEach(property -> c.timestamp(property, false));
        }
        c.integer("confidence", 0, 100);
        c.bool("revoked");
        c.strings("labels");
        c.string("lang");
        c.string("spec_version");
        c.ref("created_by_ref", Set.of("identity"));
        c.refs("object_marking_refs", Set.of("marking-definition"));
        if (c.strict()) {
            strict(c, family);
        }
    }

    private static void strict(Checker c, Family family) {
        if (family.kind() != StixType.Kind.OBSERVABLE) {
            c.required("spec_version");
        }
        c.string("spec_version")
                .filter(version -> !version.equals("2.1"))
                .ifPresent(version -> c.failAt("spec_version", "Cairn exports STIX 2.1, not " + version));
        if (family.type() == StixType.EXTENSION_DEFINITION) {
            c.required("created_by_ref");
        }
        if (c.has("defanged") && family.kind() != StixType.Kind.OBSERVABLE) {
            c.failAt("defanged", "defanged applies only to cyber-observable objects");
        }
        Structures.externalReferences(c);
        Structures.killChainPhases(c);
        Structures.granularMarkings(c);
        Structures.extensions(c);
        for (Map.Entry<String, JsonNode> property : c.object().properties()) {
            String name = property.getKey();
            String path = JsonPaths.child(JsonPaths.ROOT, name);
            if (!PROPERTY_NAME.matcher(name).matches()) {
                c.fail(path, "property names are lower-case ASCII letters, digits and _ (at most 250)");
            }
            if (property.getValue().isArray() && property.getValue().isEmpty()) {
                c.fail(path, "empty lists are not allowed in STIX; leave the property out");
            }
        }
    }
}
