package io.cairn.app;

import io.cairn.demo.DemoWorld;
import io.cairn.demo.WorldSummary;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo world behind {@code cairn serve --demo}: generated once into the data directory, then
 * imported. Run again, the files are there and the import ledger recognises each of them, so a
 * restart costs a hash of each file and nothing else.
 */
final class DemoSetup {
    /** A fixed seed, so every new user meets the same world. */
    static final long SEED = 1;

    private DemoSetup() {}

    /** The directory the demo world lives in: {@code demo} under the data directory. */
    static Path directory(StoreOptions options) {
        return Stores.dataDirectory(options).resolve("demo");
    }

    /** Generates the world unless it is there, imports whatever the store has not imported yet. */
    static void prepare(Store store, Path world, long scale, boolean progress, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(world.resolve(WorldSummary.GROUND_TRUTH))) {
            out.println("Generating the demo world (seed " + SEED + ", about " + scale + " observations) in " + world);
            out.flush();
            WorldSummary summary = DemoWorld.generate(SEED, scale, world, (written, total) -> {});
            out.println("Generated " + summary.observations() + " observations; campaigns: "
                    + String.join(", ", summary.campaigns()));
        }
        var importer = new Importer(store, FormatCatalog.formats());
        Instant now = Instant.now();
        long imported = 0;
        for (Path file : files(world.resolve(WorldSummary.IMPORT_DIRECTORY))) {
            Input input = Input.of(file);
            ImportOutcome outcome;
            try (var bar = ProgressDisplay.open(progress, file.getFileName().toString(), input.size())) {
                outcome = importer.run(
                        input,
                        null,
                        format -> new ImportContext("demo-" + format.name(), 60, Tlp.CLEAR, now),
                        false,
                        bar);
            }
            ImportReport report = ImportReport.of(outcome);
            if (!report.status().equals("already-imported")) {
                out.println(report.text());
                imported++;
            }
        }
        out.println(imported == 0 ? "The demo world is already imported." : "The demo world is imported.");
        out.flush();
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
