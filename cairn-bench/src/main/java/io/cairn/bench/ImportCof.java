package io.cairn.bench;

import io.cairn.ingest.pdns.CofFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Driver {@code import-cof}: passive-DNS records (COF, JSON lines) imported into SQLite and, given a
 * URL, PostgreSQL; baselines {@code sqlite3 .import} and {@code psql \copy} of the same records as CSV
 * into a table indexed both ways, like Cairn's observation table.
 */
public final class ImportCof {

    static final String SQLITE_SCHEMA = """
            CREATE TABLE cof (rrname TEXT NOT NULL, rrtype TEXT NOT NULL, rdata TEXT NOT NULL,
                time_first INTEGER NOT NULL, time_last INTEGER NOT NULL, count INTEGER NOT NULL);
            CREATE INDEX cof_by_name ON cof (rrname, rrtype, rdata);
            CREATE INDEX cof_by_rdata ON cof (rdata, rrtype, rrname);""";

    static final String POSTGRES_SCHEMA = """
            CREATE TABLE cof (rrname text COLLATE "C" NOT NULL, rrtype text NOT NULL,
                rdata text COLLATE "C" NOT NULL, time_first bigint NOT NULL, time_last bigint NOT NULL,
                count bigint NOT NULL);
            CREATE INDEX cof_by_name ON cof (rrname, rrtype, rdata);
            CREATE INDEX cof_by_rdata ON cof (rdata, rrtype, rrname);""";

    private ImportCof() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, 10_000_000, 1_000_000);
        Files.createDirectories(options.work());
        measure("sqlite", options.records(), options);
        if (options.pgUrl() != null) {
            measure("postgresql", options.pgRecords(), options);
        }
    }

    private static void measure(String database, long records, BenchOptions options) throws Exception {
        Path jsonl = options.work().resolve("cof-" + records + ".jsonl");
        Path csv = options.work().resolve("cof-" + records + ".csv");
        if (!Files.exists(jsonl) || !Files.exists(csv)) {
            long start = System.nanoTime();
            CofDataset.write(records, 42, jsonl, csv);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", jsonl, (System.nanoTime() - start) / 1e9);
        }
        Report.header(
                "import-cof " + database,
                String.format(Locale.ROOT, "%,d COF records, seed 42, %s", records, Files2.size(jsonl)));
        CairnImport.Result cairn = database.equals("sqlite")
                ? CairnImport.sqlite(options.work().resolve("sqlite-cof"), jsonl, new CofFormat())
                : CairnImport.postgres(options.pgUrl(), jsonl, new CofFormat());
        Report.cairn(database, "records", cairn);
        if (options.baseline()) {
            NativeLoader.Timing timing = database.equals("sqlite")
                    ? NativeLoader.sqlite(options.work().resolve("baseline-cof.db"), SQLITE_SCHEMA, csv, "cof")
                    : NativeLoader.postgres(options.pgUrl(), POSTGRES_SCHEMA, csv, "cof");
            String loader = database.equals("sqlite") ? "sqlite3 .import" : "psql \\copy";
            Report.baseline(database, loader, "records", records, timing);
            Report.ratio(database, "records", cairn.read(), cairn, records, timing);
        }
    }
}
