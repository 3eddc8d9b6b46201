package io.cairn.app;

import static io.cairn.fixtures.IndicatorFixtures.compound;
import static io.cairn.fixtures.IndicatorFixtures.indicator;
import static io.cairn.fixtures.IndicatorFixtures.maliciousDomain;
import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.store.BulkListener;
import io.cairn.store.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    private static final String CSV_HEADER = "value,type,source,confidence,tlp,first_seen,last_seen,labels\r\n";
    private static final String EVIL_ROW =
            "evil.example,domain,feed-a,80,amber,2024-01-01T00:00:00.000Z,2024-01-01T00:00:00.000Z,malicious-activity\r\n";

    @TempDir
    Path dir;

    /** What one run printed: the export on stdout, messages on out and err. */
    record Run(int exitCode, String stdout, String out, String err) {}

    @BeforeEach
    void loadIndicators() {
        try (JdbcStore store = JdbcStore.open(dir.resolve("data"))) {
            store.migrate();
            store.indicators()
                    .bulkLoad(
                            List.of(
                                            maliciousDomain(
                                                    "evil.example", "feed-a", "indicator--1", day("2024-01-01")),
                                            indicator(ip("192.0.2.7"), "feed-b", "indicator--2", day("2024-03-01"), 60),
                                            compound("feed-b", "indicator--3", day("2024-01-01")),
                                            marked(Tlp.RED, "red.example", "indicator--4"),
                                            revoked("gone.example", "indicator--5"))
                                    .iterator(),
                            BulkListener.none());
        }
    }

    @Test
    void shouldWriteTheExportToStdoutAndSayNothingElseWhenNothingIsSkipped() {
        Run run = export("csv", "--type", "domain");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(CSV_HEADER + EVIL_ROW);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void shouldLeaveOutRevokedAndRedIndicatorsUnlessAsked() {
        assertThat(export("splunk").stdout().lines().skip(1).map(l -> l.split(",")[0]))
                .containsExactly("evil.example", "192.0.2.7");
        assertThat(export("splunk", "--include-revoked", "--max-tlp", "RED")
                        .stdout()
                        .lines()
                        .skip(1)
                        .map(l -> l.split(",")[0]))
                .containsExactly("evil.example", "red.example", "gone.example", "192.0.2.7");
    }

    @Test
    void shouldWriteAFileAndSummariseWhatWasSkipped() throws IOException {
        Path file = dir.resolve("out/intel.txt");

        Run run = export("zeek-intel", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("""
                        #fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url
                        evil.example\tIntel::DOMAIN\tfeed-a\tmalicious-activity\t-
                        192.0.2.7\tIntel::ADDR\tfeed-b\tmalicious-activity\t-
                        """);
        assertThat(run.out())
                .isEqualTo("exported 2 indicators as zeek-intel to " + file + "; skipped 1 (1 pattern-only)\n");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void shouldSummariseAsJson() throws IOException {
        Path file = dir.resolve("bundle.json");

        Run run = export("stix", "--source", "feed-b", "-o", file.toString(), "--json");

        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("format").asText()).isEqualTo("stix");
        assertThat(summary.get("exported").asLong()).isEqualTo(2);
        assertThat(summary.get("skipped").asLong()).isZero();
        assertThat(summary.get("output").asText()).isEqualTo(file.toString());
        assertThat(Files.readString(file)).contains("\"type\":\"bundle\"").contains("indicator--3");
    }

    @Test
    void shouldSelectIndicatorsLastSeenSinceADay() {
        assertThat(export("jsonl", "--since", "2024-02-01").stdout().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("\"stix_id\":\"indicator--2\""));
        assertThat(export("jsonl", "--since", "2024-03-01T00:00:00.001Z").stdout())
                .isEmpty();
    }

    @Test
    void shouldRefuseUnknownFormatsTlpsAndTypes() {
        assertThat(export("pdf").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(export("pdf").err()).contains("Unknown export format 'pdf'").contains("zeek-intel");
        assertThat(export("csv", "--max-tlp", "purple").err()).contains("Unknown TLP 'purple'");
        assertThat(export("csv", "--type", "colour").err()).contains("Unknown artifact type 'colour'");
        assertThat(export("csv", "--since", "yesterday").err()).contains("Not a date");
    }

    @Test
    void shouldExplainItself() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: export").contains("--max-tlp").contains("FORMAT");
    }

    private Run export(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", dir.resolve("data").toString()));
        return run(all.toArray(String[]::new));
    }

    private static Run run(String... args) {
        var stdout = new ByteArrayOutputStream();
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = new CommandLine(new ExportCommand(stdout));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, stdout.toString(StandardCharsets.UTF_8), out.toString(), err.toString());
    }

    private static Indicator marked(Tlp tlp, String domain, String stixId) {
        Indicator i = maliciousDomain(domain, "feed-a", stixId, day("2024-01-01"));
        return new Indicator(
                i.artifact(),
                i.pattern(),
                i.source(),
                i.stixId(),
                i.modified(),
                i.confidence(),
                tlp,
                i.validFrom(),
                i.validUntil(),
                i.revoked(),
                i.labels(),
                i.killChainPhases(),
                i.firstSeen(),
                i.lastSeen());
    }

    private static Indicator revoked(String domain, String stixId) {
        Indicator i = maliciousDomain(domain, "feed-a", stixId, day("2024-01-01"));
        return new Indicator(
                i.artifact(),
                i.pattern(),
                i.source(),
                i.stixId(),
                i.modified(),
                i.confidence(),
                i.tlp(),
                i.validFrom(),
                i.validUntil(),
                true,
                i.labels(),
                i.killChainPhases(),
                i.firstSeen(),
                i.lastSeen());
    }
}
