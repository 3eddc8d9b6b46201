package io.cairn.ingest.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** TAXII 2.1 resources from JSON; anything that does not fit is a failed answer naming what. */
final class TaxiiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TaxiiJson() {}

    static <T> TaxiiAnswer<T> parse(byte[] body, URI from, Function<JsonNode, TaxiiAnswer<T>> parse) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            return new TaxiiAnswer.Failed<>(from + " answered with malformed JSON: " + firstLine(e));
        }
        if (root == null || !root.isObject()) {
            return new TaxiiAnswer.Failed<>(from + " answered with JSON that is not an object");
        }
        return parse.apply(root);
    }

    static TaxiiAnswer<Discovery> discovery(JsonNode root) {
        if (!root.path("title").isTextual()) {
            return missing("discovery", "title");
        }
        List<String> roots = new ArrayList<>();
        root.path("api_roots").forEach(r -> roots.add(r.asText()));
        String defaultRoot =
                root.path("default").isTextual() ? root.path("default").asText() : null;
        return new TaxiiAnswer.Ok<>(new Discovery(root.path("title").asText(), defaultRoot, roots));
    }

    static TaxiiAnswer<ApiRoot> apiRoot(JsonNode root) {
        if (!root.path("title").isTextual() || !root.path("versions").isArray()) {
            return missing("API root", "title and versions");
        }
        List<String> versions = new ArrayList<>();
        root.path("versions").forEach(v -> versions.add(v.asText()));
        return new TaxiiAnswer.Ok<>(new ApiRoot(
                root.path("title").asText(),
                versions,
                root.path("max_content_length").asLong(0)));
    }

    static TaxiiAnswer<List<Collection>> collections(JsonNode root) {
        List<Collection> collections = new ArrayList<>();
        for (JsonNode c : root.path("collections")) {
            if (!c.path("id").isTextual() || !c.path("title").isTextual()) {
                return missing("collection", "id and title");
            }
            List<String> media = new ArrayList<>();
            c.path("media_types").forEach(m -> media.add(m.asText()));
            collections.add(new Collection(
                    c.path("id").asText(),
                    c.path("title").asText(),
                    c.path("can_read").asBoolean(false),
                    c.path("can_write").asBoolean(false),
                    media));
        }
        return new TaxiiAnswer.Ok<>(collections);
    }

    /** An envelope; an empty one (no {@code objects}) is a page of none, as the specification allows. */
    static TaxiiAnswer<Page> page(byte[] body, @Nullable String dateAddedLast) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            return new TaxiiAnswer.Failed<>("the server answered with malformed JSON: " + firstLine(e));
        }
        if (root == null || !root.isObject()) {
            return new TaxiiAnswer.Failed<>("the server answered with JSON that is not an envelope object");
        }
        JsonNode objects = root.path("objects");
        if (!objects.isMissingNode() && !objects.isArray()) {
            return new TaxiiAnswer.Failed<>("the envelope's objects is not an array");
        }
        JsonNode more = root.path("more");
        if (!more.isMissingNode() && !more.isBoolean()) {
            return new TaxiiAnswer.Failed<>("the envelope's more is not true or false");
        }
        ArrayNode array = objects.isArray() ? (ArrayNode) objects : MAPPER.createArrayNode();
        String next = root.path("next").isTextual() ? root.path("next").asText() : null;
        // Without the header, the last object's date_added (some servers add it) is the resume point.
        JsonNode lastAdded =
                array.isEmpty() ? null : array.get(array.size() - 1).path("date_added");
        if (dateAddedLast == null && lastAdded != null && lastAdded.isTextual()) {
            dateAddedLast = lastAdded.asText();
        }
        try {
            return new TaxiiAnswer.Ok<>(new Page(
                    MAPPER.writeValueAsBytes(array), array.size(), more.asBoolean(false), next, dateAddedLast));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always writes", e);
        }
    }

    private static <T> TaxiiAnswer<T> missing(String resource, String what) {
        return new TaxiiAnswer.Failed<>("the server's " + resource + " resource lacks " + what);
    }

    private static String firstLine(IOException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
