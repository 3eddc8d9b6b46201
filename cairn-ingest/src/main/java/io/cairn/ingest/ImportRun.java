package io.cairn.ingest;

import io.cairn.indicator.Indicator;
import io.cairn.observation.Observation;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
                    }
                }
            }
        }
        if (observations.size() >= Importer.CHUNK || indicators.size() >= Importer.CHUNK) {
            flush();
        }
        if ((read & 0xfff) == 0) {
            listener.progress(bytes, input.size(), read);
        }
    }

    private void flush() {
        if (store != null && !observations.isEmpty()) {
            BulkSummary s = store.observations().bulkLoad(observations.iterator(), BulkListener.none());
            imported += s.inserted();
            updated += s.merged();
        }
        if (store != null && !indicators.isEmpty()) {
            BulkSummary s = store.indicators().bulkLoad(indicators.iterator(), BulkListener.none());
            imported += s.inserted();
            updated += s.merged();
            unchanged += indicators.size() - s.inserted() - s.merged();
        }
        observations.clear();
        indicators.clear();
    }

    @Nullable
    Rejection firstRejection() {
        return rejections.isEmpty() ? null : rejections.get(0);
    }

    ImportSummary summary() {
        return new ImportSummary(input.name(), format.name(), read, imported, updated, unchanged, rejected, rejections);
    }
}
