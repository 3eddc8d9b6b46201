package io.cairn.stix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.stix.JsonPaths;
import io.cairn.stix.StixIds;
import java.util.Map;

/** The nested common types: external references, kill-chain phases, granular markings, extensions. */
final class Structures {
    private Structures() {}

    static void externalReferences(Checker c) {
        forEachObject(c, "external_references", (path, ref) -> {
            if (!ref.path("source_name").isTextual()) {
                c.fail(JsonPaths.child(path, "source_name"), "an external reference needs a source_name");
            }
            if (!ref.has("description") && !ref.has("url") && !ref.has("external_id")) {
                c.fail(path, "an external reference needs a description, url or external_id besides source_name");
            }
        });
    }

    static void killChainPhases(Checker c) {
        forEachObject(c, "kill_chain_phases", (path, phase) -> {
            for (String property : new String[] {"kill_chain_name", "phase_name"}) {
                if (!phase.path(property).isTextual()
                        || phase.path(property).textValue().isBlank()) {
                    c.fail(JsonPaths.child(path, property), "a kill-chain phase needs a " + property);
                }
            }
        });
    }

    static void granularMarkings(Checker c) {
        forEachObject(c, "granular_markings", (path, marking) -> {
            JsonNode selectors = marking.path("selectors");
            if (!selectors.isArray() || selectors.isEmpty()) {
                c.fail(JsonPaths.child(path, "selectors"), "a granular marking needs a non-empty list of selectors");
            }
            boolean ref = marking.has("marking_ref");
            if (ref == marking.has("lang")) {
                c.fail(path, "a granular marking has exactly one of marking_ref and lang");
            }
            String markingRef = marking.path("marking_ref").asText("");
            if (ref && !(StixIds.isValid(markingRef) && markingRef.startsWith("marking-definition--"))) {
                c.fail(JsonPaths.child(path, "marking_ref"), "marking_ref must be a marking-definition id");
            }
        });
    }

    static void extensions(Checker c) {
        JsonNode extensions = c.object().get("extensions");
        if (extensions == null) {
            return;
        }
        if (!extensions.isObject()) {
            c.failAt("extensions", "extensions must be a dictionary");
            return;
        }
        for (Map.Entry<String, JsonNode> extension : extensions.properties()) {
            String path = JsonPaths.child(JsonPaths.child(JsonPaths.ROOT, "extensions"), extension.getKey());
            if (!extension.getValue().isObject()) {
                c.fail(path, "an extension is a dictionary of its properties");
            } else if (extension.getKey().startsWith("extension-definition--")
                    && !extension.getValue().path("extension_type").isTextual()) {
                c.fail(path, "an extension defined by an extension-definition needs an extension_type");
            }
        }
    }

    private interface Visitor {
        void visit(String path, JsonNode element);
    }

    private static void forEachObject(Checker c, String property, Visitor visitor) {
        JsonNode list = c.object().get(property);
        if (list == null) {
            return;
        }
        String path = JsonPaths.child(JsonPaths.ROOT, property);
        if (!list.isArray()) {
            c.fail(path, property + " must be a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isObject()) {
                visitor.visit(JsonPaths.element(path, i), list.get(i));
            } else {
                c.fail(JsonPaths.element(path, i), property + " holds objects");
            }
        }
    }
}
