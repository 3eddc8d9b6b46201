package io.cairn.ingest.export;

import java.util.List;
import java.util.Optional;

/** The export formats Cairn offers. */
public final class Exporters {

    private static final List<Exporter> ALL = List.of(
            new StixExporter(),
            new MispExporter(),
            new CsvExporter(),
            new JsonlExporter(),
            new ZeekIntelExporter(),
            new SplunkExporter());

    private Exporters() {}

    /** Every format, in the order help texts list them. */
    public static List<Exporter> all() {
        return ALL;
    }

    public static Optional<Exporter> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
