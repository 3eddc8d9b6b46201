package io.cairn.web.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * JSON schemas of the API's response records, read from their components: the DTOs are the
 * schema. Records become named components; a component marked {@code @Nullable} may be null and
 * is not required.
 */
final class JsonSchemas {
    private final Map<String, Object> components = new TreeMap<>();

    /** A schema for {@code type}, registering the records it reaches as components. */
    Map<String, Object> of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", of(args[1]));
            }
            throw new IllegalArgumentException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Map.of("type", "integer");
        }
        if (c == double.class || c == Double.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c.isEnum()) {
            return Map.of(
                    "type",
                    "string",
                    "enum",
                    java.util.Arrays.stream(c.getEnumConstants())
                            .map(e -> ((Enum<?>) e).name())
                            .toList());
        }
        if (c.isRecord()) {
            return Map.of("$ref", "#/components/schemas/" + named(c));
        }
        throw new IllegalArgumentException("no schema for " + c.getName() + "; API types are records of plain values");
    }

    Map<String, Object> components() {
        return components;
    }

    private String named(Class<?> record) {
        String name = record.getSimpleName();
        if (!components.containsKey(name)) {
            components.put(name, Map.of()); // reserve the name: records may refer to themselves
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (RecordComponent component : record.getRecordComponents()) {
                Map<String, Object> schema = new LinkedHashMap<>(of(component.getGenericType()));
                if (nullable(component)) {
                    schema.put("nullable", true);
                } else {
                    required.add(component.getName());
                }
                properties.put(component.getName(), schema);
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            schema.put("properties", properties);
            if (!required.isEmpty()) {
                schema.put("required", required);
            }
            components.put(name, schema);
        }
        return name;
    }

    private static boolean nullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }
}
