package io.cairn.ingest;

/** How an import ended. Each carries what a person needs to act on it. */
public sealed interface ImportOutcome
        permits ImportOutcome.Imported,
                ImportOutcome.AlreadyImported,
                ImportOutcome.Unrecognised,
                ImportOutcome.Refused,
                ImportOutcome.Broken {

    /** Every readable record was handled; rejected ones are listed in the summary. */
    record Imported(ImportSummary summary) implements ImportOutcome {}

    /** The source imported this very content before (same SHA-256); nothing was read or changed. */
    record AlreadyImported(String input, String source, java.time.Instant at) implements ImportOutcome {}

    /** No format claims the input, or the named one does not exist. Nothing was written. */
    record Unrecognised(String input, String reason) implements ImportOutcome {}

    /** A strict import met a bad record and wrote nothing. */
    record Refused(ImportSummary summary, Rejection first) implements ImportOutcome {}

    /**
     * The input stopped being readable (truncated, not the format after all). Batches committed
     * before that point stay, whole; the summary counts them.
     */
    record Broken(ImportSummary summary, String reason) implements ImportOutcome {}
}
