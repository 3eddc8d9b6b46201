package io.cairn.ingest.taxii;

import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Imports what a collection added after a watermark, page by page: each page's objects go through
 * the STIX format as soon as they arrive, so memory holds one page at most.
 */
public final class CollectionSync {
    public static final int DEFAULT_PAGE_LIMIT = 1_000;

    /** Hears after each page: pages and objects so far. */
    @FunctionalInterface
    public interface Progress {
        void page(int pages, long objects);
    }

    private final TaxiiClient client;
    private final Importer importer;
    private final int pageLimit;

    public CollectionSync(TaxiiClient client, Importer importer, int pageLimit) {
        if (pageLimit < 1) {
            throw new IllegalArgumentException("a page holds at least one object");
        }
        this.client = client;
        this.importer = importer;
        this.pageLimit = pageLimit;
    }

    public SyncResult run(
            URI apiRoot, String collection, @Nullable String watermark, ImportContext context, Progress progress)
            throws InterruptedException, IOException {
        int pages = 0;
        long read = 0;
        long stored = 0;
        long rejected = 0;
        String addedAfter = watermark;
        String next = null;
        String newWatermark = null;
        while (true) {
            TaxiiAnswer<Page> answer = client.objects(apiRoot, collection, addedAfter, next, pageLimit);
            if (answer instanceof TaxiiAnswer.Failed<Page> failed) {
                return new SyncResult.Failed(pages, read, stored, rejected, failed.reason());
            }
            Page page = ((TaxiiAnswer.Ok<Page>) answer).value();
            pages++;
            if (page.count() > 0) {
                var input = Input.of("taxii:" + collection + ":page-" + pages, page.objects());
                ImportOutcome outcome = importer.run(input, "stix", context, false, ImportListener.none());
                switch (outcome) {
                    case ImportOutcome.Imported imported -> {
                        read += imported.summary().read();
                        stored += imported.summary().imported()
                                + imported.summary().updated();
                        rejected += imported.summary().rejected();
                    }
                    case ImportOutcome.AlreadyImported already -> read += page.count();
                    case ImportOutcome.Broken broken -> {
                        return new SyncResult.Failed(
                                pages, read, stored, rejected, "page " + pages + ": " + broken.reason());
                    }
                    case ImportOutcome.Unrecognised unrecognised -> {
                        return new SyncResult.Failed(pages, read, stored, rejected, unrecognised.reason());
                    }
                    case ImportOutcome.Refused refused -> {
                        return new SyncResult.Failed(
                                pages, read, stored, rejected, refused.first().toString());
                    }
                }
            }
            if (page.dateAddedLast() != null) {
                newWatermark = page.dateAddedLast();
            }
            progress.page(pages, read);
            if (!page.more()) {
                return new SyncResult.Synced(pages, read, stored, rejected, newWatermark);
            }
            if (page.next() != null) {
                next = page.next();
            } else if (page.dateAddedLast() != null && !Objects.equals(page.dateAddedLast(), addedAfter)) {
                // Servers without next tokens page by added_after alone.
                addedAfter = page.dateAddedLast();
            } else {
                return new SyncResult.Failed(
                        pages,
                        read,
                        stored,
                        rejected,
                        "the server says there is more but gives no next token or later X-TAXII-Date-Added-Last");
            }
        }
    }
}
