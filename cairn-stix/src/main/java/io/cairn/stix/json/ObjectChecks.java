package io.cairn.stix.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.stix.JsonPaths;
import io.cairn.stix.StixObject;
import io.cairn.stix.validate.Issue;
import io.cairn.stix.validate.StixValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns one value read from the input into a {@link ReadResult}, placing every problem in the input. */
final class ObjectChecks {
    private static final Pattern LAST_STEP =
            Pattern.compile("(.*)(\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+]|\\['(?:[^'\\\\]|\\\\.)*'])$");

    private final StixValidator validator;

    ObjectChecks(StixValidator validator) {
        this.validator = validator;
    }

    /**
     * @param positions where each value of {@code value} starts, by path relative to it
     * @param duplicates duplicate properties found while reading it, with relative paths
     */
    ReadResult check(
            String path, JsonNode value, Map<String, Position> positions, List<ReadResult.Problem> duplicates) {
        if (!(value instanceof ObjectNode object)) {
            return new ReadResult.Malformed(
                    path,
                    null,
                    List.of(new ReadResult.Problem(
                            path, positions.get(JsonPaths.ROOT), "expected a STIX object, found " + kind(value))));
        }
        var problems = new ArrayList<ReadResult.Problem>();
        for (ReadResult.Problem duplicate : duplicates) {
            problems.add(new ReadResult.Problem(
                    JsonPaths.under(path, duplicate.path()), duplicate.position(), duplicate.reason()));
        }
        for (Issue issue : validator.check(object)) {
            problems.add(new ReadResult.Problem(
                    JsonPaths.under(path, issue.path()), nearest(issue.path(), positions), issue.reason()));
        }
        if (!problems.isEmpty()) {
            JsonNode id = object.get("id");
            return new ReadResult.Malformed(path, id != null && id.isTextual() ? id.textValue() : null, problems);
        }
        return new ReadResult.Read(path, new StixObject(object));
    }

    /** The position of the path, or of its nearest enclosing value when it is missing. */
    private static Position nearest(String relativePath, Map<String, Position> positions) {
        String path = relativePath;
        while (true) {
            Position position = positions.get(path);
            if (position != null) {
                return position;
            }
            var m = LAST_STEP.matcher(path);
            if (!m.matches()) {
                return positions.get(JsonPaths.ROOT);
            }
            path = m.group(1);
        }
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> value.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }
}
