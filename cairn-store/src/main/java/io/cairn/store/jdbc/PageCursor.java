package io.cairn.store.jdbc;

import io.cairn.store.ObservationQuery;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Where a data-tab page stopped: the sort key and other end's id of its last row. On the wire it is
 * URL-safe base64 of a version byte, both numbers and a fingerprint of the query, so that a cursor
 * handed to another query (other artifact, dataset, side, sort or filters) is refused rather than
 * silently skipping rows. The page size is not part of the fingerprint: it may change between pages.
 */
record PageCursor(long key, long otherId) {

    private static final byte VERSION = 1;
    private static final int FINGERPRINT_BYTES = 6;
    private static final int LENGTH = 1 + Long.BYTES + Long.BYTES + FINGERPRINT_BYTES;

    String encode(ObservationQuery query) {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH)
                .put(VERSION)
                .putLong(key)
                .putLong(otherId)
                .put(fingerprint(query));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The query's cursor, or null on a first page. */
    static @Nullable PageCursor of(ObservationQuery query) {
        String text = query.cursor();
        if (text == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor '" + text + "' is not a page cursor", e);
        }
        if (bytes.length != LENGTH || bytes[0] != VERSION) {
            throw new IllegalArgumentException("cursor '" + text + "' is not a page cursor");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, LENGTH - 1);
        long key = buffer.getLong();
        long otherId = buffer.getLong();
        byte[] fingerprint = Arrays.copyOfRange(bytes, LENGTH - FINGERPRINT_BYTES, LENGTH);
        if (!MessageDigest.isEqual(fingerprint, fingerprint(query))) {
            throw new IllegalArgumentException("cursor '" + text
                    + "' belongs to another query: artifact, dataset, side, sort and filters must stay the same"
                    + " from page to page");
        }
        return new PageCursor(key, otherId);
    }

    private static byte[] fingerprint(ObservationQuery query) {
        String identity = String.join(
                "\n",
                query.artifact().type().id(),
                query.artifact().value(),
                query.dataset().id(),
                query.side().name(),
                query.sort().name(),
                time(query.since()),
                time(query.until()),
                query.source() == null ? "-" : "+" + query.source());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, FINGERPRINT_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "-" : instant.toString();
    }
}
