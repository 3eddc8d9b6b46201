package io.cairn.ingest.feed;

import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.ingest.http.Credentials;
import io.cairn.ingest.http.Fetched;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.store.Source;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file at a URL (STIX bundle, CSV): downloaded whole within the size limit, gzip or not, and
 * imported in the feed's format (detected when it names none). Content the feed imported before
 * changes nothing.
 */
final class UrlFeed {
    private final HttpFetcher fetcher;
    private final Importer importer;

    UrlFeed(HttpFetcher fetcher, Importer importer) {
        this.fetcher = fetcher;
        this.importer = importer;
    }

    /** Imports the file; URL feeds keep no watermark, the import ledger knows content seen before. */
    Pulled run(Source source, Credentials credentials, ImportContext context, Tally tally, Progress progress)
            throws InterruptedException, IOException {
        String reason =
                fetchAndImport(URI.create(source.url()), source.format(), credentials, context, tally, progress);
        return reason == null ? Pulled.done(null) : Pulled.failed(reason);
    }

    /** Fetches one file and imports it; the reason it failed, or null. */
    @Nullable
    String fetchAndImport(
            URI uri,
            @Nullable String format,
            Credentials credentials,
            ImportContext context,
            Tally tally,
            Progress progress)
            throws InterruptedException, IOException {
        Fetched fetched = fetcher.get(uri, Map.of("Accept", "*/*"), credentials);
        if (fetched instanceof Fetched.Failed failed) {
            return failed.reason();
        }
        var ok = (Fetched.Ok) fetched;
        progress.step(context.source(), "downloaded " + uri + " (" + ok.body().length + " bytes)", tally.read);
        String reason = tally.add(
                uri.toString(),
                importer.run(Input.of(uri.toString(), ok.body()), format, context, false, ImportListener.none()));
        progress.step(context.source(), "imported " + uri, tally.read);
        return reason;
    }
}
