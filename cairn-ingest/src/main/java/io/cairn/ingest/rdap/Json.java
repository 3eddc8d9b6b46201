package io.cairn.ingest.rdap;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors in words for the person importing. */
final class Json {
    private Json() {}

    /** The error, placed by line and column in the input, whose text began at {@code firstLine}. */
    static String brief(JsonProcessingException e, long firstLine) {
        String message = e.getOriginalMessage();
        int note = message.indexOf("(start marker");
        String what = note < 0 ? message : message.substring(0, note).strip();
        var at = e.getLocation();
        return at == null
                ? "not valid JSON: " + what
                : "not valid JSON at line " + (firstLine + at.getLineNr() - 1) + " column " + at.getColumnNr() + ": "
                        + what;
    }
}
