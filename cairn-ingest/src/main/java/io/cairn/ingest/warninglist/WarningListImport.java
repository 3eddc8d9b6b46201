package io.cairn.ingest.warninglist;

import io.cairn.ingest.Position;
import io.cairn.ingest.Rejection;
import io.cairn.store.ReplaceResult;
import io.cairn.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/** Reads a MISP warning list and replaces the list of that name in the store's allow list. */
public final class WarningListImport {

    private final Store store;

    public WarningListImport(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** What an import did, or why nothing was imported. */
    public sealed interface Outcome permits Imported, NotImported {}

    /**
     * {@code read} entries in the input, {@code stored} distinct entries now in the store (repeats
     * count once), {@code removed} entries of the list's earlier version, and the rejected ones.
     */
    public record Imported(String list, int read, int stored, int removed, List<Rejection> rejected)
            implements Outcome {
        public Imported {
            rejected = List.copyOf(rejected);
        }
    }

    /** The input is no warning list; the store is unchanged. */
    public record NotImported(Position position, String reason) implements Outcome {}

    public Outcome run(InputStream in, String inputName) throws IOException {
        return switch (WarningLists.read(in, inputName)) {
            case WarningLists.Invalid invalid -> new NotImported(invalid.position(), invalid.reason());
            case WarningLists.Parsed parsed -> {
                ReplaceResult replaced = store.allowList().replace(parsed.list());
                yield new Imported(
                        replaced.list(), parsed.read(), replaced.stored(), replaced.removed(), parsed.rejected());
            }
        };
    }
}
