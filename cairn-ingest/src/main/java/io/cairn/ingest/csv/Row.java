package io.cairn.ingest.csv;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One data row, its fields found by (lower-case) column name. The typed getters throw {@link BadRow}
 * with a reason that names the column and the value.
 */
final class Row {
    /** How abuse.ch writes "no value". */
    private static final Set<String> PLACEHOLDERS = Set.of("none", "n/a");

    private final CSVRecord record;
    private final Map<String, Integer> columns;

    Row(CSVRecord record, Map<String, Integer> columns) {
        this.record = record;
        this.columns = columns;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The field, trimmed; empty when the header has no such column. */
    String text(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index).strip();
    }

    /** The field, or null when it is empty or a placeholder such as {@code None} or {@code n/a}. */
    @Nullable
    String optional(String column) {
        String text = text(column);
        return text.isEmpty() || isPlaceholder(text) ? null : text;
    }

    String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw new BadRow(column + " is empty");
        }
        return text;
    }

    Instant time(String column) {
        return time(column, required(column));
    }

    @Nullable
    Instant optionalTime(String column) {
        String text = optional(column);
        return text == null ? null : time(column, text);
    }

    private static Instant time(String column, String text) {
        return FeedTimes.parse(text).orElseThrow(() -> new BadRow(column + " '" + text + "' is not a date or time"));
    }

    /** A confidence 0-100, or {@code fallback} when the field is empty. */
    int confidence(String column, int fallback) {
        String text = optional(column);
        if (text == null) {
            return fallback;
        }
        int confidence = number(column, text);
        if (confidence < 0 || confidence > 100) {
            throw new BadRow(column + " " + confidence + " is outside 0-100");
        }
        return confidence;
    }

    int port(String column) {
        return port(column, required(column));
    }

    static int port(String column, String text) {
        int port = number(column, text);
        if (port < 1 || port > 65_535) {
            throw new BadRow(column + " " + port + " is not a port (1-65535)");
        }
        return port;
    }

    private static int number(String column, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadRow(column + " '" + text + "' is not a whole number");
        }
    }

    Artifact artifact(ArtifactType type, String column) {
        return artifact(type, column, required(column));
    }

    static Artifact artifact(ArtifactType type, String column, String value) {
        return switch (Artifacts.parse(type, value)) {
            case ParseResult.Parsed parsed -> parsed.artifact();
            case ParseResult.NotAnArtifact not ->
                throw new BadRow(column + " '" + value + "' is not a valid " + type.id() + " (" + not.reason() + ")");
        };
    }

    /** The field as whatever artifact it is, for rows that leave the type to be detected. */
    Artifact detected(String column) {
        String value = required(column);
        return switch (Artifacts.parse(value)) {
            case ParseResult.Parsed parsed -> parsed.artifact();
            case ParseResult.NotAnArtifact not ->
                throw new BadRow(column + " '" + value + "' is not an artifact Cairn knows (" + not.reason() + ")");
        };
    }

    /** The field split at any of {@code separators}, trimmed, without empty items or placeholders. */
    List<String> list(String column, String separators) {
        String text = text(column);
        var items = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || separators.indexOf(text.charAt(i)) >= 0) {
                String item = text.substring(start, i).strip();
                if (!item.isEmpty() && !isPlaceholder(item)) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return items;
    }

    private static boolean isPlaceholder(String text) {
        return PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT));
    }
}
