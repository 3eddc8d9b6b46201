package io.cairn.app;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import files or directories of intelligence and telemetry; the format is detected unless "
                + "--format names it, and gzip-compressed files are read as they are.",
        footer = {"", "`cairn formats` lists the formats."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything imported",
            "1:some records or inputs were rejected (the rest imported unless --strict)",
            "2:bad command line",
            "4:the store could not be written",
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Read every input as this format.")
    @Nullable
    String format;

    @Option(
            names = "--source",
            paramLabel = "NAME",
            description = "Source to credit (default: the name of the input's format).")
    @Nullable
    String source;

    @Option(
            names = "--confidence",
            defaultValue = "50",
            description = "Confidence for records without one (default: ${DEFAULT-VALUE}).")
    int confidence;

    @Option(
            names = "--tlp",
            defaultValue = "amber",
            description =
                    "TLP for records without one: clear, green, amber, amber+strict, red (default: ${DEFAULT-VALUE}).")
    String tlp;

    @Option(
            names = "--strict",
            description = "Check each input whole first; write nothing from an input with a bad record.")
    boolean strict;

    @Option(names = "--json", description = "Print the summaries as JSON.")
    boolean json;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show a progress bar (default: when the terminal is interactive).")
    @Nullable
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Inputs; directories are read recursively.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        Tlp marking = Tlp.fromId(tlp.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() ->
                        new picocli.CommandLine.ParameterException(spec.commandLine(), "Unknown TLP '" + tlp + "'"));
        List<Path> files = expand(inputs);
        var reports = new ArrayList<ImportReport>();
        boolean clean = true;
        try (var store = Stores.open(storeOptions)) {
            var importer = new Importer(store, FormatCatalog.formats());
            for (Path file : files) {
                var input = Input.of(file);
                Instant now = Instant.now();
                // Without --source, a feed is credited to its format: urlhaus, cof, …
                Function<Format, ImportContext> context =
                        f -> new ImportContext(source != null ? source : f.name(), confidence, marking, now);
                ImportOutcome outcome;
                try (var bar =
                        ProgressDisplay.open(showProgress(), file.getFileName().toString(), input.size())) {
                    outcome = importer.run(input, format, context, strict, bar);
                }
                var report = ImportReport.of(outcome);
                clean &= report.clean();
                reports.add(report);
                if (!json) {
                    spec.commandLine().getOut().println(report.text());
                    spec.commandLine().getOut().flush();
                }
            }
        }
        if (json) {
            spec.commandLine().getOut().println(Json.write(reports));
        }
        return clean ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    private boolean showProgress() {
        return progress != null ? progress : System.console() != null && !json;
    }

    private List<Path> expand(List<Path> paths) throws IOException {
        var files = new ArrayList<Path>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "No such file: " + p);
            }
        }
        return files;
    }
}
