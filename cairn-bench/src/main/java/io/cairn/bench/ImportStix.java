package io.cairn.bench;

import io.cairn.ingest.stix.StixBundleFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Driver {@code import-stix}: one STIX 2.1 bundle of indicators and cyber-observable objects imported
 * into SQLite and, given a URL, PostgreSQL. Baselines load the bundle's indicators as CSV rows
 * (id, pattern, valid_from) into a table with a unique id index and a pattern index.
 */
public final class ImportStix {

    private static final String SQLITE_SCHEMA = """
            CREATE TABLE stix_indicator (stix_id TEXT NOT NULL, pattern TEXT NOT NULL, valid_from TEXT NOT NULL);
            CREATE UNIQUE INDEX stix_indicator_by_id ON stix_indicator (stix_id);
            CREATE INDEX stix_indicator_by_pattern ON stix_indicator (pattern);""";

    private static final String POSTGRES_SCHEMA = """
            CREATE TABLE stix_indicator (stix_id text NOT NULL, pattern text NOT NULL, valid_from text NOT NULL);
            CREATE UNIQUE INDEX stix_indicator_by_id ON stix_indicator (stix_id);
            CREATE INDEX stix_indicator_by_pattern ON stix_indicator (pattern);""";

    private ImportStix() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, 1_000_000, 1_000_000);
        Files.createDirectories(options.work());
        measure("sqlite", options.records(), options);
        if (options.pgUrl() != null) {
            measure("postgresql", options.pgRecords(), options);
        }
    }

    private static void measure(String database, long objects, BenchOptions options) throws Exception {
        Path bundle = options.work().resolve("stix-" + objects + ".json");
        Path csv = options.work().resolve("stix-" + objects + ".csv");
        long start = System.nanoTime();
        long indicators = StixDataset.write(objects, 42, bundle, csv);
        System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", bundle, (System.nanoTime() - start) / 1e9);
        Report.header(
                "import-stix " + database,
                String.format(
                        Locale.ROOT,
                        "one bundle of %,d STIX objects (%,d indicators, the rest SCOs), seed 42, %s",
                        objects,
                        indicators,
                        Files2.size(bundle)));
        CairnImport.Result cairn = database.equals("sqlite")
                ? CairnImport.sqlite(options.work().resolve("sqlite-stix"), bundle, new StixBundleFormat())
                : CairnImport.postgres(options.pgUrl(), bundle, new StixBundleFormat());
        Report.cairn(database, "objects", cairn);
        System.out.printf(
                Locale.ROOT, "%-10s cairn import : %,.0f indicators/s%n", database, indicators / cairn.seconds());
        if (options.baseline()) {
            NativeLoader.Timing timing = database.equals("sqlite")
                    ? NativeLoader.sqlite(
                            options.work().resolve("baseline-stix.db"), SQLITE_SCHEMA, csv, "stix_indicator")
                    : NativeLoader.postgres(options.pgUrl(), POSTGRES_SCHEMA, csv, "stix_indicator");
            String loader = database.equals("sqlite") ? "sqlite3 .import" : "psql \\copy";
            Report.baseline(database, loader, "indicators", indicators, timing);
            Report.ratio(database, "indicators", indicators, cairn, indicators, timing);
        }
    }
}
