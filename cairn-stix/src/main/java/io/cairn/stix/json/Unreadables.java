package io.cairn.stix.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Words for why the input stopped being readable JSON, without the parser's internal noise. */
final class Unreadables {
    private Unreadables() {}

    static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage())
                .replaceAll("\\[Source: [^;\\]]*; ", "[")
                .replaceAll("\\s+", " ")
                .trim();
        if (e instanceof JsonEOFException) {
            return "the input ends in the middle of the JSON (truncated?): " + message;
        }
        if (e instanceof StreamConstraintsException) {
            return "JSON beyond the reader's limits: " + message;
        }
        return "not valid JSON: " + message;
    }
}
