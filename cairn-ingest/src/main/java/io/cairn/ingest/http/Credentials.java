package io.cairn.ingest.http;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What a fetch presents to the server. {@link #toString()} never shows the secret. */
public sealed interface Credentials {

    Credentials NONE = new None();

    void apply(HttpRequest.Builder request);

    record None() implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {}
    }

    record Basic(String user, String password) implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
            String pair = user + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", password=***]";
        }
    }

    /** A key sent in a header of the feed's choosing, e.g. {@code Authorization} or {@code X-Api-Key}. */
    record ApiKey(String header, String key) implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
            request.header(header, key);
        }

        @Override
        public String toString() {
            return "ApiKey[header=" + header + ", key=***]";
        }
    }
}
