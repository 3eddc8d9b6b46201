package io.cairn.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One declared parameter of a route, as the OpenAPI document shows it.
 *
 * @param schema the JSON schema of its value
 */
public record Param(String name, In in, boolean required, String description, Map<String, Object> schema) {

    /** Where a parameter travels. */
    public enum In {
        PATH,
        QUERY
    }

    public Param {
        Objects.requireNonNull(in, "in");
        schema = Map.copyOf(schema);
        if (name.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name and a description");
        }
        if (in == In.PATH && !required) {
            throw new IllegalArgumentException("path parameter " + name + " must be required");
        }
    }

    public static Param path(String name, String description) {
        return new Param(name, In.PATH, true, description, Map.of("type", "string"));
    }

    public static Param pathInteger(String name, String description) {
        return new Param(name, In.PATH, true, description, Map.of("type", "integer", "format", "int64"));
    }

    public static Param pathChoice(String name, String description, List<String> values) {
        return new Param(name, In.PATH, true, description, Map.of("type", "string", "enum", List.copyOf(values)));
    }

    public static Param query(String name, String description) {
        return new Param(name, In.QUERY, false, description, Map.of("type", "string"));
    }

    public static Param requiredQuery(String name, String description) {
        return new Param(name, In.QUERY, true, description, Map.of("type", "string"));
    }

    public static Param queryTime(String name, String description) {
        return new Param(
                name,
                In.QUERY,
                false,
                description + " (ISO-8601 time such as 2024-05-01T00:00:00Z, or a date such as 2024-05-01)",
                Map.of("type", "string"));
    }

    public static Param queryBoolean(String name, String description) {
        return new Param(name, In.QUERY, false, description, Map.of("type", "boolean"));
    }

    public static Param queryChoice(String name, String description, List<String> values, @Nullable String def) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("enum", List.copyOf(values));
        if (def != null) {
            schema.put("default", def);
        }
        return new Param(name, In.QUERY, false, description, schema);
    }

    public static Param queryInteger(String name, String description, int min, int max, int def) {
        return new Param(
                name,
                In.QUERY,
                false,
                description,
                Map.of("type", "integer", "minimum", min, "maximum", max, "default", def));
    }
}
