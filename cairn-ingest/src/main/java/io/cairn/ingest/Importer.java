package io.cairn.ingest;

import io.cairn.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs imports: picks the format, streams the input's records, batches the items they yield into
 * the store and counts what happened. Holds no more than one batch in memory. An input a source has
 * imported before (same content) is recognised and changes nothing, since observation counts add up.
 */
public final class Importer {
    /** Indicators buffered before they go to the store together. */
    static final int CHUNK = 50_000;

    private final Store store;
    private final Formats formats;

    public Importer(Store store, Formats formats) {
        this.store = store;
        this.formats = formats;
    }

    /**
     * Imports one input.
     *
     * @param formatName the format to read it as, or null to detect it
     * @param strict when true, the whole input is checked first and nothing is written if any record
     *     is bad
     */
    public ImportOutcome run(
            Input input, @Nullable String formatName, ImportContext context, boolean strict, ImportListener listener)
            throws IOException {
        return run(input, formatName, format -> context, strict, listener);
    }

    /**
     * Imports one input with a context that may depend on its format, such as a source named after
     * the format when the caller names none.
     */
    public ImportOutcome run(
            Input input,
            @Nullable String formatName,
            Function<Format, ImportContext> contextFor,
            boolean strict,
            ImportListener listener)
            throws IOException {
        Optional<Format> format;
        if (formatName != null) {
            format = formats.named(formatName);
            if (format.isEmpty()) {
                return new ImportOutcome.Unrecognised(input.name(), "no format is called '" + formatName + "'");
            }
        } else {
            byte[] head;
            try {
                head = input.head(Formats.HEAD_BYTES);
            } catch (IOException e) {
                return new ImportOutcome.Unrecognised(input.name(), "cannot be read: " + e.getMessage());
            }
            format = formats.detect(input.name(), head);
            if (format.isEmpty()) {
                return new ImportOutcome.Unrecognised(
                        input.name(), "its format was not recognised; name one with --format");
            }
        }
        ImportContext context = contextFor.apply(format.get());
        String digest = input.sha256();
        var before = store.imports().importedAt(context.source(), digest);
        if (before.isPresent()) {
            return new ImportOutcome.AlreadyImported(input.name(), context.source(), before.get());
        }
        if (strict) {
            var check = new ImportRun(input, format.get(), context, ImportListener.none(), null);
            ImportOutcome checked = check.execute();
            if (!(checked instanceof ImportOutcome.Imported)) {
                return checked;
            }
            if (check.firstRejection() != null) {
                return new ImportOutcome.Refused(check.summary(), check.firstRejection());
            }
        }
        ImportOutcome outcome;
        try {
            outcome = new ImportRun(input, format.get(), context, listener, store).execute();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // Only a whole import counts: a broken one may be retried once the input is mended.
        if (outcome instanceof ImportOutcome.Imported imported) {
            store.imports()
                    .recordImport(
                            context.source(),
                            digest,
                            input.name(),
                            imported.summary().read(),
                            context.importedAt());
        }
        return outcome;
    }
}
