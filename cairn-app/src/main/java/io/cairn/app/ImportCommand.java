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
        description = "Import files, directories or http(s) URLs of intelligence and telemetry; the format is "
                + "detected unless --format names it, and gzip-compressed inputs are read as they are. URLs are "
                + "fetched from public addresses only, unless --allow-loopback or --allow-private.",
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

    @Mixin
    GuardOptions guardOptions;

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
            converter = TlpOption.class,
            description =
                    "TLP for records without one: clear, green, amber, amber+strict, red (default: ${DEFAULT-VALUE}).")
    Tlp marking;

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

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR|URL",
            description = "Inputs; directories are read recursively, URLs downloaded (within a size limit).")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        List<String> named = expand(inputs);
        var reports = new ArrayList<ImportReport>();
        boolean clean = true;
        var downloads = new UrlInputs(guardOptions.guard());
        try (var store = Stores.open(storeOptions)) {
            var importer = new Importer(store, FormatCatalog.formats());
            for (String name : named) {
                Instant now = Instant.now();
                // Without --source, a feed is credited to its format: urlhaus, cof, …
                Function<Format, ImportContext> context =
                        f -> new ImportContext(source != null ? source : f.name(), confidence, marking, now);
                ImportOutcome outcome;
                UrlInputs.Fetch fetch = UrlInputs.isUrl(name) ? downloads.fetch(name) : null;
                if (fetch instanceof UrlInputs.Fetch.Refused refused) {
                    outcome = new ImportOutcome.Unrecognised(name, refused.reason());
                } else {
                    var input = fetch instanceof UrlInputs.Fetch.Got got ? got.input() : Input.of(Path.of(name));
                    try (var bar = ProgressDisplay.open(showProgress(), shortName(name), input.size())) {
                        outcome = importer.run(input, format, context, strict, bar);
                    }
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

    private static String shortName(String name) {
        return name.substring(name.lastIndexOf('/', name.length() - 2) + 1);
    }

    /** Files of directories in name order, files and URLs as given. */
    private List<String> expand(List<String> names) throws IOException {
        var inputs = new ArrayList<String>();
        for (String name : names) {
            if (UrlInputs.isUrl(name)) {
                inputs.add(name);
                continue;
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .sorted()
                            .map(Path::toString)
                            .forEach(inputs::add);
                }
            } else if (Files.isRegularFile(p)) {
                inputs.add(name);
            } else {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "No such file: " + p);
            }
        }
        return inputs;
    }
}
