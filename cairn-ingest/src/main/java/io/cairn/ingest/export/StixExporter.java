package io.cairn.ingest.export;

import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.stix.StixObject;
import io.cairn.stix.json.BundleWriter;
import io.cairn.stix.marking.TlpMarkings;
import io.cairn.stix.validate.StixValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * A STIX 2.1 bundle: Cairn's identity first, then an indicator object per indicator, each preceded
 * the first time by the TLP 2.0 marking definition it refers to. Objects that fail the export
 * checks are skipped, never written.
 */
final class StixExporter implements Exporter {

    /** STIX has no observable for the artifact (a CVE, a tracker …) and no pattern was stored. */
    static final String NO_PATTERN = "no-stix-pattern";

    /** The object failed {@link StixValidator#forExport()}, e.g. a stored pattern that no longer parses. */
    static final String INVALID = "invalid-stix";

    private final StixValidator validator = StixValidator.forExport();

    @Override
    public String name() {
        return "stix";
    }

    @Override
    public String mediaType() {
        return "application/stix+json;version=2.1";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public ExportSummary write(Iterator<Indicator> indicators, OutputStream out) throws IOException {
        var tally = new ExportSummary.Tally(name());
        Set<Tlp> marked = EnumSet.noneOf(Tlp.class);
        try (BundleWriter bundle = BundleWriter.open(out)) {
            bundle.write(StixIndicators.CAIRN);
            while (indicators.hasNext()) {
                Indicator indicator = indicators.next();
                Optional<StixObject> object = StixIndicators.of(indicator);
                if (object.isEmpty()) {
                    tally.skipped(NO_PATTERN);
                } else if (!validator.validate(object.get()).isEmpty()) {
                    tally.skipped(INVALID);
                } else {
                    if (marked.add(indicator.tlp())) {
                        bundle.write(TlpMarkings.definition(indicator.tlp()));
                    }
                    bundle.write(object.get());
                    tally.exported();
                }
            }
        }
        out.flush();
        return tally.summary();
    }
}
