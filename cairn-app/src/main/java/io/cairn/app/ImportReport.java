package io.cairn.app;

import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.ImportSummary;
import io.cairn.ingest.Rejection;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** One input's outcome as {@code cairn import} prints it, for people or as JSON. */
record ImportReport(
        String status,
        String input,
        @Nullable String format,
        long read,
        long imported,
        long updated,
        long unchanged,
        long rejected,
        @Nullable String error,
        List<RejectionLine> rejections) {

    /** Rejections shown on the terminal; JSON carries all the summary kept. */
    static final int SHOWN = 10;

    record RejectionLine(String position, String reason) {
        static RejectionLine of(Rejection r) {
            return new RejectionLine(r.position().toString(), r.reason());
        }
    }

    static ImportReport of(ImportOutcome outcome) {
        return switch (outcome) {
            case ImportOutcome.Imported i -> from("imported", i.summary(), null);
            case ImportOutcome.Refused r ->
                from("refused", r.summary(), "strict import: nothing written because of " + r.first());
            case ImportOutcome.Broken b -> from("broken", b.summary(), b.reason());
            case ImportOutcome.AlreadyImported a ->
                new ImportReport(
                        "already-imported",
                        a.input(),
                        null,
                        0,
                        0,
                        0,
                        0,
                        0,
                        "source '" + a.source() + "' imported this content on " + a.at() + "; nothing changed",
                        List.of());
            case ImportOutcome.Unrecognised u ->
                new ImportReport("unrecognised", u.input(), null, 0, 0, 0, 0, 0, u.reason(), List.of());
        };
    }

    private static ImportReport from(String status, ImportSummary s, @Nullable String error) {
        return new ImportReport(
                status,
                s.input(),
                s.format(),
                s.read(),
                s.imported(),
                s.updated(),
                s.unchanged(),
                s.rejected(),
                error,
                s.rejections().stream().map(RejectionLine::of).toList());
    }

    boolean clean() {
        return (status.equals("imported") || status.equals("already-imported")) && rejected == 0;
    }

    String text() {
        var out = new StringJoiner("\n");
        if (format == null) {
            out.add(input + ": " + (status.equals("already-imported") ? "" : "not imported: ") + error);
            return out.toString();
        }
        out.add(String.format(
                "%s (%s): read %,d, imported %,d, updated %,d, unchanged %,d, rejected %,d",
                input, format, read, imported, updated, unchanged, rejected));
        rejections.stream().limit(SHOWN).forEach(r -> out.add("  rejected " + r.position() + ": " + r.reason()));
        if (rejected > SHOWN) {
            out.add("  … and " + (rejected - SHOWN) + " more rejected (--json lists the first "
                    + ImportSummary.KEPT_REJECTIONS + ")");
        }
        if (error != null) {
            out.add("  " + status + ": " + error);
        }
        return out.toString();
    }
}
