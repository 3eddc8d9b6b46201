package io.cairn.ingest.zeek;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One kind of Zeek log: its {@code #path}, the fields a TSV header must declare, the fields that
 * mark a JSON row as its own, and how its rows become items.
 */
record ZeekLog(String path, Set<String> fields, Set<String> signature, RowMapper mapper) {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    int detect(byte[] head) {
        return ZeekSniffer.score(head, this);
    }

    RecordReader read(String inputName, InputStream content, ImportContext context) {
        var lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        return new ZeekReader(inputName, lines, this, JSON, context.source());
    }
}
