package io.cairn.app;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.export.ExportSummary;
import io.cairn.ingest.export.Exporter;
import io.cairn.ingest.export.Exporters;
import io.cairn.store.IndicatorQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the current indicators, streamed from the store: stix (a STIX 2.1 bundle), misp (a MISP "
                + "event), csv, jsonl, zeek-intel (a Zeek intel framework file) or splunk (a Splunk lookup table). Revoked, expired "
                + "and TLP:RED indicators are left out unless asked for.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:bad command line", "4:the store could not be read"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "stix, misp, csv, jsonl, zeek-intel or splunk.")
    String format;

    @Option(names = "--source", paramLabel = "NAME", description = "Only indicators of this source; repeatable.")
    List<String> sources = new ArrayList<>();

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "Only artifacts of this type (ip, domain …); repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--include-revoked", description = "Export revoked indicators too.")
    boolean includeRevoked;

    @Option(names = "--include-expired", description = "Export indicators whose valid_until has passed too.")
    boolean includeExpired;

    @Option(
            names = "--max-tlp",
            paramLabel = "TLP",
            defaultValue = "amber+strict",
            converter = TlpOption.class,
            description = "Most restrictive TLP to export: clear, green, amber, amber+strict, red "
                    + "(default: ${DEFAULT-VALUE}).")
    Tlp ceiling;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Only indicators last seen on or after this day (2024-05-01, UTC) or instant.")
    @Nullable
    String since;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (replaced whole when done) and print a summary; default: stdout.")
    @Nullable
    Path output;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    private final OutputStream stdout;

    ExportCommand() {
        this(System.out);
    }

    /** {@code stdout} takes the export when no file is named; tests pass a buffer. */
    ExportCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    /** What the summary says, in text or as JSON. */
    record Report(String format, @Nullable String output, long exported, long skipped, Map<String, Long> skippedBy) {}

    @Override
    public Integer call() throws IOException {
        Exporter exporter = Exporters.named(format)
                .orElseThrow(() -> usage("Unknown export format '" + format + "' (want "
                        + Exporters.all().stream().map(Exporter::name).collect(Collectors.joining(", ")) + ")"));
        IndicatorQuery query = query();
        ExportSummary summary;
        if (output == null) {
            summary = export(exporter, query, stdout);
        } else {
            summary = exportToFile(exporter, query, output);
        }
        var report = new Report(
                exporter.name(),
                output == null ? null : output.toString(),
                summary.exported(),
                summary.skippedTotal(),
                summary.skipped());
        // Without a file the export owns stdout; the summary goes to stderr then, and only when skipping.
        var summaryOut = output == null
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        if (json) {
            summaryOut.println(Json.write(report));
        } else if (output != null || report.skipped() > 0) {
            summaryOut.println(text(report));
        }
        summaryOut.flush();
        return ExitCodes.OK;
    }

    private ExportSummary export(Exporter exporter, IndicatorQuery query, OutputStream out) throws IOException {
        try (var store = Stores.open(storeOptions);
                Stream<Indicator> selected = store.indicators().select(query)) {
            ExportSummary summary = exporter.write(selected.iterator(), out);
            out.flush();
            return summary;
        }
    }

    /** Writes next to the file and moves it into place, so a failed export leaves no partial file. */
    private ExportSummary exportToFile(Exporter exporter, IndicatorQuery query, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            ExportSummary summary;
            try (OutputStream out = Files.newOutputStream(partial)) {
                summary = export(exporter, query, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private IndicatorQuery query() {
        List<ArtifactType> artifactTypes = new ArrayList<>();
        for (String type : types) {
            artifactTypes.add(ArtifactType.fromId(type.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> usage("Unknown artifact type '" + type + "'")));
        }
        IndicatorQuery query = IndicatorQuery.ALL
                .withSources(sources)
                .withTypes(artifactTypes)
                .withMaxTlp(ceiling)
                .activeAt(includeExpired ? null : Instant.now())
                .lastSeenSince(since == null ? null : instant(since));
        return includeRevoked ? query.includingRevoked() : query;
    }

    private Instant instant(String text) {
        try {
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw usage("Not a date or an instant: '" + text + "'");
        }
    }

    private static String text(Report report) {
        String line = "exported " + report.exported() + " indicators as " + report.format()
                + (report.output() == null ? "" : " to " + report.output());
        if (report.skipped() == 0) {
            return line;
        }
        return line + "; skipped " + report.skipped() + " ("
                + report.skippedBy().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
