package io.cairn.ingest.warninglist;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.ingest.Position;
import io.cairn.ingest.Rejection;
import io.cairn.store.AllowEntry;
import io.cairn.store.WarningList;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads one MISP warning list ({@code {"name", "version", "description", "type", "list": […]}}).
 * A list is small enough to read whole; entries that cannot be used are rejected one by one.
 */
public final class WarningLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WarningLists() {}

    /** The list with its usable entries, or why the input is no warning list at all. */
    public sealed interface Result permits Parsed, Invalid {}

    /** {@code read} entries were in the input; {@code rejected} of them are not in {@code list}. */
    public record Parsed(WarningList list, int read, List<Rejection> rejected) implements Result {
        public Parsed {
            Objects.requireNonNull(list, "list");
            rejected = List.copyOf(rejected);
            if (read < 0 || rejected.size() > read) {
                throw new IllegalArgumentException("cannot reject more entries than were read");
            }
        }
    }

    public record Invalid(Position position, String reason) implements Result {
        public Invalid {
            Objects.requireNonNull(position, "position");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("an invalid list needs a reason");
            }
        }
    }

    /** Reads {@code in} to its end; I/O failures are exceptions, malformed content is a result. */
    public static Result read(InputStream in, String inputName) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            return new Invalid(at(inputName, "$"), "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new Invalid(at(inputName, "$"), "a warning list is a JSON object");
        }
        String name = text(root.get("name"));
        if (name == null || name.isBlank()) {
            return new Invalid(at(inputName, "$.name"), "a warning list needs a name");
        }
        String type = text(root.get("type"));
        WarningList.Kind kind =
                type == null ? null : WarningList.Kind.fromId(type).orElse(null);
        if (kind == null) {
            return new Invalid(at(inputName, "$.type"), "type must be cidr, string, hostname, substring or regex");
        }
        JsonNode list = root.get("list");
        if (list == null || !list.isArray()) {
            return new Invalid(at(inputName, "$.list"), "a warning list needs a list of entries");
        }
        List<AllowEntry> entries = new ArrayList<>(list.size());
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            WarningEntries.Entry entry = item.isTextual()
                    ? WarningEntries.of(kind, item.asText())
                    : new WarningEntries.Refused("an entry is a string");
            switch (entry) {
                case WarningEntries.Accepted accepted -> entries.add(accepted.entry());
                case WarningEntries.Refused refused ->
                    rejected.add(new Rejection(at(inputName, "$.list[" + i + "]"), refused.reason()));
            }
        }
        WarningList parsed =
                new WarningList(name, text(root.get("description")), text(root.get("version")), kind, entries);
        return new Parsed(parsed, list.size(), rejected);
    }

    /** Strings and numbers (MISP versions are numbers) as text; anything else as absent. */
    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && (node.isTextual() || node.isNumber()) ? node.asText() : null;
    }

    private static Position at(String inputName, String path) {
        return Position.path(inputName, 0, path);
    }
}
