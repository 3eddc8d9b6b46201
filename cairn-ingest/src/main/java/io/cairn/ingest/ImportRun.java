package io.cairn.ingest;

import io.cairn.document.Document;
import io.cairn.indicator.Indicator;
import io.cairn.intel.Article;
import io.cairn.intel.Profile;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.observation.Observation;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One pass over one input: reads, counts and (unless it is a dry check) writes. Observations stream
 * into one bulk load per input, so the store batches them as it sees fit and keeps what it learned
 * (artifact ids) from batch to batch. Everything else (indicators, documents, profiles, techniques,
 * relations, articles) goes to the store in chunks, each chunk ending the observation load in
 * flight and the next starting after it.
 */
final class ImportRun {
    private final Input input;
    private final Format format;
    private final ImportContext context;
    private final ImportListener listener;
    private final @Nullable Store store;

    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final List<Technique> techniques = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private int buffered;
    private final List<Rejection> rejections = new ArrayList<>();
    private @Nullable FormatException broken;
    private long read;
    private long rejected;
    private long imported;
    private long updated;
    private long unchanged;
    // Counted on the reading thread, shown on this one.
    private volatile long bytes;

    /** With a null store the run only checks the input. */
    ImportRun(Input input, Format format, ImportContext context, ImportListener listener, @Nullable Store store) {
        this.input = input;
        this.format = format;
        this.context = context;
        this.listener = listener;
        this.store = store;
    }

    ImportOutcome execute() throws IOException {
        RecordReader source;
        try {
            source = format.read(input.name(), input.open(total -> bytes = total), context);
        } catch (FormatException e) {
            // A format may refuse the input at its head (a CSV without the header it needs).
            return new ImportOutcome.Broken(summary(), e.getMessage());
        }
        try (RecordReader reader = new ReadAhead(source, input.name())) {
            Observations observations = new Observations(reader);
            do {
                if (store != null) {
                    BulkSummary s = store.observations().bulkLoad(observations, BulkListener.none());
                    imported += s.inserted();
                    updated += s.merged();
                } else {
                    while (observations.hasNext()) {
                        observations.next();
                    }
                }
                flushChunk();
            } while (!observations.exhausted());
        }
        if (broken != null) {
            return new ImportOutcome.Broken(summary(), broken.getMessage());
        }
        listener.progress(bytes, input.size(), read);
        return new ImportOutcome.Imported(summary());
    }

    /**
     * The observations of the records read, in order; it pauses (reports no more) when a chunk of
     * other items is due, and ends with the input or where the input breaks.
     */
    private final class Observations implements Iterator<Observation> {
        private final RecordReader reader;
        private Iterator<Observation> pending = Collections.emptyIterator();
        private boolean exhausted;

        Observations(RecordReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            while (!pending.hasNext()) {
                if (exhausted || buffered >= Importer.CHUNK) {
                    return false;
                }
                try {
                    if (!reader.hasNext()) {
                        exhausted = true;
                        return false;
                    }
                    pending = accept(reader.next());
                } catch (FormatException e) {
                    broken = e;
                    exhausted = true;
                    return false;
                }
            }
            return true;
        }

        @Override
        public Observation next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.next();
        }

        boolean exhausted() {
            return exhausted;
        }
    }

    /** Counts the record, keeps its other items for the next chunk, and returns its observations. */
    private Iterator<Observation> accept(Read record) {
        read++;
        if ((read & 0xfff) == 0) {
            listener.progress(bytes, input.size(), read);
        }
        switch (record) {
            case Read.Rejected r -> {
                rejected++;
                if (rejections.size() < ImportSummary.KEPT_REJECTIONS) {
                    rejections.add(r.rejection());
                }
                return Collections.emptyIterator();
            }
            case Read.Accepted a -> {
                List<Observation> observed = new ArrayList<>(a.items().size());
                for (Item item : a.items()) {
                    switch (item) {
                        case Item.Observed o -> observed.add(o.observation());
                        case Item.Asserted i -> indicators.add(i.indicator());
                        case Item.Documented d -> documents.add(d.document());
                        case Item.Profiled p -> profiles.add(p.profile());
                        case Item.Defined t -> techniques.add(t.technique());
                        case Item.Related r -> relations.add(r.relation());
                        case Item.Published p -> articles.add(p.article());
                    }
                    if (!(item instanceof Item.Observed)) {
                        buffered++;
                    }
                }
                return observed.iterator();
            }
        }
    }

    /** Writes the chunk of versioned items; a version already held counts as unchanged. */
    private void flushChunk() {
        if (store != null) {
            write(indicators, i -> store.indicators().bulkLoad(i, BulkListener.none()));
            write(documents, d -> store.documents().bulkLoad(d, BulkListener.none()));
            write(profiles, p -> store.profiles().loadProfiles(p, BulkListener.none()));
            write(techniques, t -> store.profiles().loadTechniques(t, BulkListener.none()));
            write(relations, r -> store.profiles().loadRelations(r, BulkListener.none()));
            write(articles, a -> store.articles().bulkLoad(a, BulkListener.none()));
        }
        indicators.clear();
        documents.clear();
        profiles.clear();
        techniques.clear();
        relations.clear();
        articles.clear();
        buffered = 0;
    }

    private <T> void write(List<T> items, Function<Iterator<T>, BulkSummary> load) {
        if (items.isEmpty()) {
            return;
        }
        BulkSummary s = load.apply(items.iterator());
        imported += s.inserted();
        updated += s.merged();
        unchanged += Math.max(0, items.size() - s.inserted() - s.merged());
    }

    @Nullable
    Rejection firstRejection() {
        return rejections.isEmpty() ? null : rejections.get(0);
    }

    ImportSummary summary() {
        return new ImportSummary(input.name(), format.name(), read, imported, updated, unchanged, rejected, rejections);
    }
}
