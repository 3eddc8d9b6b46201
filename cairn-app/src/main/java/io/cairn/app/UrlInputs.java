package io.cairn.app;

import io.cairn.ingest.Input;
import io.cairn.ingest.http.Credentials;
import io.cairn.ingest.http.FetchPolicy;
import io.cairn.ingest.http.Fetched;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.net.TargetGuard;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Inputs named by URL: downloaded through the guarded fetcher (public addresses only unless
 * allowed, size limit, retries), whole, before import; gzip is read as for files.
 */
final class UrlInputs {
    private final HttpFetcher fetcher;

    UrlInputs(TargetGuard guard) {
        this.fetcher = new HttpFetcher(HttpFetcher.defaultClient(), guard, FetchPolicy.DEFAULTS);
    }

    /** What fetching one URL gave: an input to import, or why there is none. */
    sealed interface Fetch {
        record Got(Input input) implements Fetch {}

        record Refused(String reason) implements Fetch {}
    }

    static boolean isUrl(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    Fetch fetch(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Fetch.Refused("not a URL: " + e.getReason());
        }
        try {
            return switch (fetcher.get(uri, Map.of("Accept", "*/*"), Credentials.NONE)) {
                case Fetched.Ok ok -> new Fetch.Got(Input.of(url, ok.body()));
                case Fetched.Failed failed -> new Fetch.Refused("cannot be fetched: " + failed.reason());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetch.Refused("interrupted while fetching");
        }
    }
}
