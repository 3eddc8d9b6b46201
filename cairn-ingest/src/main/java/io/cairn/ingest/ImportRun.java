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
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One pass over one input: reads, counts and (unless it is a dry check) writes in chunks. */
final class ImportRun {
    private final Input input;
    private final Format format;
    private final ImportContext context;
    private final ImportListener listener;
    private final @Nullable Store store;

    private final List<Observation> observations = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final List<Technique> techniques = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private int buffered;
    private final List<Rejection> rejections = new ArrayList<>();
    private long read;
    private long rejected;
    private long imported;
    private long updated;
    private long unchanged;
    private long bytes;

    /** With a null store the run only checks the input. */
    ImportRun(Input input, Format format, ImportContext context, ImportListener listener, @Nullable Store store) {
        this.input = input;
        this.format = format;
        this.context = context;
        this.listener = listener;
        this.store = store;
    }

    ImportOutcome execute() throws IOException {
        try (RecordReader reader = format.read(input.name(), input.open(total -> bytes = total), context)) {
            while (reader.hasNext()) {
                accept(reader.next());
            }
        } catch (FormatException e) {
            flush();
            return new ImportOutcome.Broken(summary(), e.getMessage());
        }
        flush();
        listener.progress(bytes, input.size(), read);
        return new ImportOutcome.Imported(summary());
    }

    private void accept(Read record) {
        read++;
        switch (record) {
            case Read.Rejected r -> {
                rejected++;
                if (rejections.size() < ImportSummary.KEPT_REJECTIONS) {
                    rejections.add(r.rejection());
                }
            }
            case Read.Accepted a -> {
                for (Item item : a.items()) {
                    switch (item) {
                        case Item.Observed o -> observations.add(o.observation());
                        case Item.Asserted i -> indicators.add(i.indicator());
                        case Item.Documented d -> documents.add(d.document());
                        case Item.Profiled p -> profiles.add(p.profile());
                        case Item.Defined t -> techniques.add(t.technique());
                        case Item.Related r -> relations.add(r.relation());
                        case Item.Published p -> articles.add(p.article());
                    }
                    buffered++;
                }
            }
        }
        if (buffered >= Importer.CHUNK) {
            flush();
        }
        if ((read & 0xfff) == 0) {
            listener.progress(bytes, input.size(), read);
        }
    }

    /**
     * Writes what is buffered. Observations merge by adding counts, so they count as imported or
     * updated only; every other kind is versioned, and a version already held counts as unchanged.
     */
    private void flush() {
        if (store != null) {
            write(observations, false, o -> store.observations().bulkLoad(o, BulkListener.none()));
            write(indicators, true, i -> store.indicators().bulkLoad(i, BulkListener.none()));
            write(documents, true, d -> store.documents().bulkLoad(d, BulkListener.none()));
            write(profiles, true, p -> store.profiles().loadProfiles(p, BulkListener.none()));
            write(techniques, true, t -> store.profiles().loadTechniques(t, BulkListener.none()));
            write(relations, true, r -> store.profiles().loadRelations(r, BulkListener.none()));
            write(articles, true, a -> store.articles().bulkLoad(a, BulkListener.none()));
        }
        observations.clear();
        indicators.clear();
        documents.clear();
        profiles.clear();
        techniques.clear();
        relations.clear();
        articles.clear();
        buffered = 0;
    }

    private <T> void write(List<T> items, boolean versioned, Function<Iterator<T>, BulkSummary> load) {
        if (items.isEmpty()) {
            return;
        }
        BulkSummary s = load.apply(items.iterator());
        imported += s.inserted();
        updated += s.merged();
        if (versioned) {
            unchanged += Math.max(0, items.size() - s.inserted() - s.merged());
        }
    }

    @Nullable
    Rejection firstRejection() {
        return rejections.isEmpty() ? null : rejections.get(0);
    }

    ImportSummary summary() {
        return new ImportSummary(input.name(), format.name(), read, imported, updated, unchanged, rejected, rejections);
    }
}
