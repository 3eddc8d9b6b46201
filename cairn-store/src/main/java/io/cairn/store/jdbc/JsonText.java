package io.cairn.store.jdbc;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON text straight into a builder: the bulk path encodes millions of tiny arrays and
 * objects, where a general-purpose mapper's per-call setup would dominate.
 */
final class JsonText {

    private final StringBuilder out;

    JsonText(StringBuilder out) {
        this.out = out;
    }

    static String strings(Collection<String> values) {
        StringBuilder text = new StringBuilder(16 * values.size() + 2);
        new JsonText(text).array(values);
        return text.toString();
    }

    static String map(Map<String, String> values) {
        StringBuilder text = new StringBuilder(32 * values.size() + 2);
        new JsonText(text).object(values);
        return text.toString();
    }

    JsonText array(Collection<String> values) {
        out.append('[');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(value);
        }
        out.append(']');
        return this;
    }

    JsonText object(Map<String, String> values) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(entry.getKey());
            out.append(':');
            string(entry.getValue());
        }
        out.append('}');
        return this;
    }

    JsonText string(@Nullable String value) {
        if (value == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    JsonText number(long value) {
        out.append(value);
        return this;
    }

    /** Appends JSON punctuation as is. */
    JsonText raw(char c) {
        out.append(c);
        return this;
    }

    JsonText raw(String punctuation) {
        out.append(punctuation);
        return this;
    }
}
