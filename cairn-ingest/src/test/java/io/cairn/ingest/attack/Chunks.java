package io.cairn.ingest.attack;

import io.cairn.document.Document;
import io.cairn.ingest.Item;
import io.cairn.intel.Profile;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Loads items into a store by kind, a few thousand at a time, reporting each load's summary. */
final class Chunks {
    private static final int SIZE = 5_000;

    private final Store store;
    private final Consumer<BulkSummary> summaries;
    private final List<Document> documents = new ArrayList<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final List<Technique> techniques = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    Chunks(Store store, Consumer<BulkSummary> summaries) {
        this.store = store;
        this.summaries = summaries;
    }

    void add(Item item) {
        switch (item) {
            case Item.Documented d -> documents.add(d.document());
            case Item.Profiled p -> profiles.add(p.profile());
            case Item.Defined t -> techniques.add(t.technique());
            case Item.Related r -> relations.add(r.relation());
            default -> throw new AssertionError("ATT&CK yields no " + item);
        }
        if (documents.size() + profiles.size() + techniques.size() + relations.size() >= SIZE) {
            flush();
        }
    }

    void flush() {
        summaries.accept(store.documents().bulkLoad(documents.iterator(), BulkListener.none()));
        summaries.accept(store.profiles().loadProfiles(profiles.iterator(), BulkListener.none()));
        summaries.accept(store.profiles().loadTechniques(techniques.iterator(), BulkListener.none()));
        summaries.accept(store.profiles().loadRelations(relations.iterator(), BulkListener.none()));
        documents.clear();
        profiles.clear();
        techniques.clear();
        relations.clear();
    }
}
