package io.cairn.ingest.observations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cairn.artifact.Artifact;
import io.cairn.ingest.MalformedRecord;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads one observation line with Jackson's streaming parser and checks every field. */
final class LineParser {
    private static final String DATASETS =
            Arrays.stream(Dataset.values()).map(Dataset::id).collect(Collectors.joining(", "));

    private final JsonFactory json;
    private final String defaultSource;

    LineParser(JsonFactory json, String defaultSource) {
        this.json = json;
        this.defaultSource = defaultSource;
    }

    Observation parse(String line) throws MalformedRecord, IOException {
        Map<String, String> text = new HashMap<>(8);
        Map<String, String> attributes = new HashMap<>(4);
        long count = 1;
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedRecord(null, "not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "subject", "dataset", "object", "first_seen", "last_seen", "source" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new MalformedRecord("$." + name, name + " must be a string, not " + describe(value));
                        }
                        text.put(name, p.getText());
                    }
                    case "count" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 1) {
                            throw new MalformedRecord(
                                    "$.count", "count must be a whole number of at least 1, not " + p.getText());
                        }
                        count = p.getLongValue();
                    }
                    case "attributes" -> attributes(p, value, attributes);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedRecord(null, "more than one JSON value on the line");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedRecord(
                    null, "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        String datasetName = required(text, "dataset");
        Dataset dataset = Dataset.fromId(datasetName)
                .orElseThrow(() ->
                        new MalformedRecord("$.dataset", "unknown dataset '" + datasetName + "'; known: " + DATASETS));
        Artifact subject =
                TypedArtifacts.parse("subject", required(text, "subject"), dataset, Shapes.subjects(dataset));
        Artifact object = TypedArtifacts.parse("object", required(text, "object"), dataset, Shapes.objects(dataset));
        if (dataset == Dataset.SERVICE && !Shapes.PORT.matcher(object.value()).matches()) {
            throw new MalformedRecord(
                    "$.object",
                    "a service object is keyword:port/protocol, as in keyword:443/tcp, not " + object.value());
        }
        Instant first = time(required(text, "first_seen"), "first_seen");
        Instant last = time(required(text, "last_seen"), "last_seen");
        if (first.isAfter(last)) {
            throw new MalformedRecord("$.first_seen", "first_seen " + first + " is after last_seen " + last);
        }
        String source = text.getOrDefault("source", defaultSource);
        if (source.isBlank()) {
            throw new MalformedRecord("$.source", "source must not be blank");
        }
        return new Observation(subject, dataset, object, first, last, count, Set.of(source), attributes);
    }

    private static void attributes(JsonParser p, JsonToken value, Map<String, String> into)
            throws MalformedRecord, IOException {
        if (value != JsonToken.START_OBJECT) {
            throw new MalformedRecord(
                    "$.attributes", "attributes must be an object of strings, not " + describe(value));
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v != JsonToken.VALUE_STRING) {
                throw new MalformedRecord(
                        "$.attributes." + key, "attribute values must be strings, not " + describe(v));
            }
            into.put(key, p.getText());
        }
    }

    private static String required(Map<String, String> text, String field) throws MalformedRecord {
        String value = text.get(field);
        if (value == null) {
            throw new MalformedRecord(null, "missing " + field);
        }
        return value;
    }

    private static Instant time(String text, String field) throws MalformedRecord {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedRecord(
                    "$." + field, field + " '" + text + "' is not an RFC 3339 time such as 2026-01-31T12:00:00Z");
        }
    }

    private static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }
}
