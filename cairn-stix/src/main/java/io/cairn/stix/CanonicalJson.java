package io.cairn.stix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * JSON Canonicalization Scheme (RFC 8785) for the values STIX id-contributing properties hold:
 * strings, numbers, booleans, null, lists and maps. Numbers are written as ECMAScript writes
 * doubles ({@link Es6Numbers}), which is what an extension holding a float contributes to an id.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    static String write(@Nullable Object value) {
        var out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(@Nullable Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Integer i -> out.append(i.longValue());
            case Long l when Math.abs(l) <= Es6Numbers.MAX_SAFE_INTEGER -> out.append(l.longValue());
            case Number n -> out.append(Es6Numbers.format(n.doubleValue()));
            case Boolean b -> out.append(b.booleanValue());
            case Map<?, ?> map -> object(map, out);
            case List<?> list -> array(list, out);
            default ->
                throw new IllegalArgumentException(
                        "cannot canonicalize " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        // RFC 8785 sorts member names by their UTF-16 code units, which is String.compareTo.
        var sorted = new TreeMap<String, @Nullable Object>();
        map.forEach((k, v) -> sorted.put((String) k, v));
        out.append('{');
        boolean first = true;
        for (var e : sorted.entrySet()) {
            if (!first) out.append(',');
            first = false;
            string(e.getKey(), out);
            out.append(':');
            write(e.getValue(), out);
        }
        out.append('}');
    }

    private static void array(List<?> list, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) out.append(',');
            write(list.get(i), out);
        }
        out.append(']');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
