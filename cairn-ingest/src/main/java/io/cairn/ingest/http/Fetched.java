package io.cairn.ingest.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** How a fetch ended. */
public sealed interface Fetched {

    /** A 2xx answer, its body decompressed and within the size limit. */
    record Ok(URI uri, int status, HttpHeaders headers, byte[] body) implements Fetched {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    /**
     * No usable answer: refused by the guard, an error status, too big, or the network failed on
     * every attempt. {@code status} is the HTTP status, or 0 when there was none.
     */
    record Failed(URI uri, int status, String reason) implements Fetched {}
}
