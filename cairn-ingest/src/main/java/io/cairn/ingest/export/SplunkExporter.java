package io.cairn.ingest.export;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A Splunk lookup table (CSV, LF line ends as Splunk writes them), one row per indicator that names
 * an artifact: {@code indicator,type,source,confidence,tlp,threat_key,description}. {@code
 * threat_key} is the indicator's STIX id, so that a lookup hit leads back to it; {@code description}
 * is its labels, separated by {@code ;}.
 */
final class SplunkExporter implements Exporter {

    static final String[] HEADER = {"indicator", "type", "source", "confidence", "tlp", "threat_key", "description"};

    private static final CSVFormat LOOKUP = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator('\n')
            .setHeader(HEADER)
            .get();

    @Override
    public String name() {
        return "splunk";
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
        CSVPrinter csv = LOOKUP.print(Text.writer(out));
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
                    indicator.stixId(),
                    String.join(";", indicator.labels()));
            tally.exported();
        }
        csv.flush();
        return tally.summary();
    }
}
