package io.cairn.ingest.export;

import io.cairn.store.SavedGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A graph as RFC 4180 CSV, one row per edge, ends as type and value, with why the edge exists. */
public final class GraphCsvExporter {

    static final String[] HEADER = {
        "subject_type",
        "subject",
        "dataset",
        "object_type",
        "object",
        "direction",
        "first_seen",
        "last_seen",
        "count",
        "why"
    };

    public ExportSummary write(SavedGraph.Draft graph, OutputStream out) throws IOException {
        var tally = new ExportSummary.Tally("csv");
        Writer writer = Text.writer(out);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
        for (SavedGraph.Edge edge : graph.edges()) {
            csv.printRecord(
                    edge.subject().type().id(),
                    edge.subject().value(),
                    edge.dataset().id(),
                    edge.object().type().id(),
                    edge.object().value(),
                    edge.direction().toLowerCase(java.util.Locale.ROOT),
                    Text.time(edge.firstSeen()),
                    Text.time(edge.lastSeen()),
                    edge.count(),
                    edge.why());
            tally.exported();
        }
        csv.flush();
        writer.flush();
        return tally.summary();
    }
}
