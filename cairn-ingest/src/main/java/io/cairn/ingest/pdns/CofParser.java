package io.cairn.ingest.pdns;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import io.cairn.ingest.MalformedRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads one COF line with Jackson's streaming parser: no tree, unknown fields skipped. */
final class CofParser {
    /** 9999-12-31T23:59:59Z: later times are typing errors, not observations. */
    private static final long MAX_SECONDS = 253_402_300_799L;

    private final JsonFactory json;

    CofParser(JsonFactory json) {
        this.json = json;
    }

    CofRecord parse(byte[] buffer, int offset, int length) throws MalformedRecord, IOException {
        try (JsonParser p = json.createParser(buffer, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedRecord(null, "not a JSON object");
            }
            CofFields f = new CofFields();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "rrname" -> f.rrname = text(p, value, name);
                    case "rrtype" -> f.rrtype = rrtype(p, value);
                    case "rdata" -> {
                        f.rdata = rdata(p, value);
                        f.rdataIsArray = value == JsonToken.START_ARRAY;
                    }
                    case "time_first" -> f.timeFirst = time(p, value, name, false);
                    case "time_last" -> f.timeLast = time(p, value, name, false);
                    case "time_first_ms" -> f.timeFirstMs = time(p, value, name, true);
                    case "time_last_ms" -> f.timeLastMs = time(p, value, name, true);
                    case "zone_time_first" -> f.zoneFirst = time(p, value, name, false);
                    case "zone_time_last" -> f.zoneLast = time(p, value, name, false);
                    case "count" -> f.count = count(p, value);
                    case "sensor_id" -> f.sensorId = scalar(p, value, name);
                    case "bailiwick" -> f.bailiwick = text(p, value, name);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedRecord(null, "more than one JSON value on the line");
            }
            return f.toRecord();
        } catch (JsonProcessingException e) {
            throw new MalformedRecord(
                    null, "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + brief(e));
        }
    }

    private static String text(JsonParser p, JsonToken value, String name) throws MalformedRecord, IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new MalformedRecord("$." + name, name + " must be a string, not " + describe(value));
        }
        return p.getText();
    }

    private static String scalar(JsonParser p, JsonToken value, String name) throws MalformedRecord, IOException {
        if (!value.isScalarValue()) {
            throw new MalformedRecord("$." + name, name + " must be a string, not " + describe(value));
        }
        return p.getText();
    }

    private static String rrtype(JsonParser p, JsonToken value) throws MalformedRecord, IOException {
        return switch (value) {
            case VALUE_STRING -> RrTypes.normalise(p.getText());
            case VALUE_NUMBER_INT -> RrTypes.name(p.getIntValue());
            default ->
                throw new MalformedRecord("$.rrtype", "rrtype must be a mnemonic or a number, not " + describe(value));
        };
    }

    private static List<String> rdata(JsonParser p, JsonToken value) throws MalformedRecord, IOException {
        if (value == JsonToken.VALUE_STRING) {
            return List.of(p.getText());
        }
        if (value != JsonToken.START_ARRAY) {
            throw new MalformedRecord(
                    "$.rdata", "rdata must be a string or an array of strings, not " + describe(value));
        }
        List<String> rdata = new ArrayList<>(2);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                throw new MalformedRecord(
                        "$.rdata[" + rdata.size() + "]", "rdata elements must be strings, not " + describe(t));
            }
            rdata.add(p.getText());
        }
        if (rdata.isEmpty()) {
            throw new MalformedRecord("$.rdata", "rdata is an empty array");
        }
        return rdata;
    }

    private static Instant time(JsonParser p, JsonToken value, String name, boolean millis)
            throws MalformedRecord, IOException {
        String unit = millis ? "milliseconds" : "seconds";
        if (!value.isNumeric()) {
            throw new MalformedRecord(
                    "$." + name, name + " must be a number of " + unit + " since 1970, not " + describe(value));
        }
        double seconds = millis ? p.getDoubleValue() / 1000 : p.getDoubleValue();
        if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
            throw new MalformedRecord("$." + name, name + " " + p.getText() + " is not a time between 1970 and 9999");
        }
        if (value == JsonToken.VALUE_NUMBER_INT) {
            long whole = p.getLongValue();
            return millis ? Instant.ofEpochMilli(whole) : Instant.ofEpochSecond(whole);
        }
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
    }

    private static long count(JsonParser p, JsonToken value) throws MalformedRecord, IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new MalformedRecord("$.count", "count must be a whole number, not " + describe(value));
        }
        long count;
        try {
            count = p.getLongValue();
        } catch (InputCoercionException e) {
            throw new MalformedRecord("$.count", "count " + p.getText() + " is out of range");
        }
        if (count < 1) {
            throw new MalformedRecord("$.count", "count " + count + " is below 1");
        }
        return count;
    }

    /** Jackson's message without the note on where the object started, which the column already says. */
    private static String brief(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int note = message.indexOf("(start marker");
        return note < 0 ? message : message.substring(0, note).strip();
    }

    private static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "the end of the line";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> token.name();
        };
    }
}
