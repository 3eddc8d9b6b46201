package io.cairn.ingest.attack;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.intel.Profile;
import io.cairn.intel.Technique;
import io.cairn.store.BulkSummary;
import io.cairn.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the shipped Enterprise ATT&CK bundle reads as, gathered in one streamed pass (bodies left out). */
record AttackBundle(
        long records,
        long rejected,
        long documents,
        List<Profile> profiles,
        Map<String, Technique> techniques,
        Map<String, Long> relationsByType) {

    static final ImportContext CONTEXT =
            new ImportContext(AttackFormat.NAME, 50, Tlp.CLEAR, Instant.parse("2026-03-01T00:00:00Z"));

    static ImportContext context(io.cairn.ingest.Format format) {
        return new ImportContext(format.name(), CONTEXT.defaultConfidence(), CONTEXT.tlp(), CONTEXT.importedAt());
    }

    /** Reads the bundle again and loads its items straight into {@code store}, in chunks. */
    static BulkSummary loadAgain(Store store) {
        var summaries = new ArrayList<BulkSummary>();
        var chunks = new Chunks(store, summaries::add);
        var input = AttackFormat.enterprise();
        try (InputStream in = input.open();
                RecordReader reader = new AttackFormat().read(input.name(), in, CONTEXT)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof Read.Accepted accepted) {
                    accepted.items().forEach(chunks::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunks.flush();
        return summaries.stream()
                .reduce(
                        BulkSummary.EMPTY,
                        (a, b) -> new BulkSummary(
                                a.read() + b.read(),
                                a.inserted() + b.inserted(),
                                a.merged() + b.merged(),
                                a.batches() + b.batches()));
    }

    static AttackBundle read() {
        long records = 0;
        long rejected = 0;
        long documents = 0;
        List<Profile> profiles = new ArrayList<>();
        Map<String, Technique> techniques = new HashMap<>();
        Map<String, Long> relations = new HashMap<>();
        var input = AttackFormat.enterprise();
        try (InputStream in = input.open();
                RecordReader reader = new AttackFormat().read(input.name(), in, CONTEXT)) {
            while (reader.hasNext()) {
                records++;
                if (!(reader.next() instanceof Read.Accepted accepted)) {
                    rejected++;
                    continue;
                }
                for (Item item : accepted.items()) {
                    switch (item) {
                        case Item.Documented d -> documents++;
                        case Item.Profiled p -> profiles.add(p.profile());
                        case Item.Defined t -> techniques.put(t.technique().id(), t.technique());
                        case Item.Related r -> relations.merge(r.relation().type(), 1L, Long::sum);
                        default -> throw new AssertionError("ATT&CK yields no " + item);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AttackBundle(records, rejected, documents, profiles, techniques, relations);
    }
}
