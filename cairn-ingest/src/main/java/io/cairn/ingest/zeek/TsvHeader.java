package io.cairn.ingest.zeek;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code #} lines of a Zeek ASCII log as they have come so far: separators, the markers for
 * empty and unset values, the log's path and its fields. A new {@code #fields} line (logs joined
 * with cat) replaces the fields before it.
 */
final class TsvHeader {
    private String separator = "\t";
    private String setSeparator = ",";
    private String emptyField = "(empty)";
    private String unsetField = "-";
    private @Nullable String path;
    private @Nullable Map<String, Integer> fields;

    /** Takes in one line that starts with {@code #}; lines it does not know (comments) change nothing. */
    void accept(String line) {
        if (line.startsWith("#separator ")) {
            separator = Escapes.unescape(line.substring("#separator ".length()));
            return;
        }
        int split = line.indexOf(separator);
        if (split < 0) {
            return;
        }
        String value = line.substring(split + separator.length());
        switch (line.substring(0, split)) {
            case "#set_separator" -> setSeparator = Escapes.unescape(value);
            case "#empty_field" -> emptyField = value;
            case "#unset_field" -> unsetField = value;
            case "#path" -> path = value;
            case "#fields" -> fields = index(split(value));
            default -> {}
        }
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return index;
    }

    boolean hasFields() {
        return fields != null;
    }

    @Nullable
    String path() {
        return path;
    }

    boolean declares(String field) {
        return fields != null && fields.containsKey(field);
    }

    /** A data line as a row, or the reason it is not one. */
    TsvRow row(String line) throws BadRow {
        Map<String, Integer> declared = fields;
        if (declared == null) {
            throw new IllegalStateException("no #fields yet");
        }
        List<String> values = split(line);
        if (values.size() != declared.size()) {
            throw new BadRow(
                    null, "expected " + declared.size() + " fields as #fields declares, found " + values.size());
        }
        return new TsvRow(declared, values, this);
    }

    /** The value as Zeek meant it: null when unset, unescaped otherwise. */
    @Nullable
    String scalar(String raw) {
        return raw.equals(unsetField) ? null : Escapes.unescape(raw);
    }

    List<String> elements(String raw) {
        if (raw.equals(unsetField) || raw.equals(emptyField)) {
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        int start = 0;
        for (int end = raw.indexOf(setSeparator); end >= 0; end = raw.indexOf(setSeparator, start)) {
            elements.add(Escapes.unescape(raw.substring(start, end)));
            start = end + setSeparator.length();
        }
        elements.add(Escapes.unescape(raw.substring(start)));
        return elements;
    }

    private List<String> split(String line) {
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int end = line.indexOf(separator); end >= 0; end = line.indexOf(separator, start)) {
            values.add(line.substring(start, end));
            start = end + separator.length();
        }
        values.add(line.substring(start));
        return values;
    }
}
