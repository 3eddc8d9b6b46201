package io.cairn.stix.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A bundle of {@code count} indicators made up while it is read, so no one holds it whole. */
final class GeneratedBundle extends InputStream {
    private final int count;
    private int made;
    private byte[] chunk =
            "{\"type\": \"bundle\", \"id\": \"bundle--44af6c39-c09b-49c5-9de2-394224b04982\", \"objects\": ["
                    .getBytes(StandardCharsets.UTF_8);
    private int position;
    private long bytes;

    GeneratedBundle(int count) {
        this.count = count;
    }

    long bytesRead() {
        return bytes;
    }

    @Override
    public int read() {
        if (position == chunk.length && !nextChunk()) {
            return -1;
        }
        bytes++;
        return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position == chunk.length && !nextChunk()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        bytes += n;
        return n;
    }

    private boolean nextChunk() {
        if (made > count) {
            return false;
        }
        String text = made == count ? "]}" : (made > 0 ? ",\n" : "\n") + indicator(made);
        made++;
        chunk = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }

    private static String indicator(int n) {
        return """
                {"type": "indicator", "spec_version": "2.1", "id": "indicator--%s",
                 "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
                 "name": "generated indicator %d", "description": "one of many, to fill the stream",
                 "pattern": "[ipv4-addr:value = '10.%d.%d.%d']", "pattern_type": "stix",
                 "valid_from": "2024-01-01T00:00:00Z", "labels": ["generated", "streaming"],
                 "external_references": [{"source_name": "test", "external_id": "T-%d"}]}""".formatted(
                        UUID.nameUUIDFromBytes(Integer.toString(n).getBytes(StandardCharsets.UTF_8)),
                        n,
                        (n >> 16) & 0xff,
                        (n >> 8) & 0xff,
                        n & 0xff,
                        n);
    }
}
