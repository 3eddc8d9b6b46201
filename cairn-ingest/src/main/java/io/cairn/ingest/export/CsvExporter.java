package io.cairn.ingest.export;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV, one row per indicator that names an artifact: {@code
 * value,type,source,confidence,tlp,first_seen,last_seen,labels}, labels separated by {@code ;}.
 */
final class CsvExporter implements Exporter {

    static final String[] HEADER = {"value", "type", "source", "confidence", "tlp", "first_seen", "last_seen", "labels"
    };

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public ExportSummary write(Iterator<Indicator> indicators, OutputStream out) throws IOException {
        var tally = new ExportSummary.Tally(name());
        Writer writer = Text.writer(out);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
        while (indicators.hasNext()) {
            Indicator indicator = indicators.next();
            Artifact artifact = indicator.artifact();
            if (artifact == null) {
                tally.skipped(ExportSummary.PATTERN_ONLY);
                continue;
            }
            csv.printRecord(
                    artifact.value(),
                    artifact.type().id(),
                    indicator.source(),
                    indicator.confidence(),
                    indicator.tlp().id(),
                    Text.time(indicator.firstSeen()),
                    Text.time(indicator.lastSeen()),
                    String.join(";", indicator.labels()));
            tally.exported();
        }
        csv.flush();
        return tally.summary();
    }
}
