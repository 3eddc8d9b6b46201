package io.cairn.ingest.csv;

import static io.cairn.ingest.csv.CsvFixtures.CONTEXT;
import static io.cairn.ingest.csv.CsvFixtures.IMPORTED_AT;
import static io.cairn.ingest.csv.CsvFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.ImportSummary;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Through the importer into a real store: a feed imported twice is stored once. */
class ReimportTest {
    @TempDir
    Path data;

    private JdbcStore store;
    private Importer importer;

    @BeforeEach
    void open() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(
                store,
                new Formats(List.of(
                        new UrlhausFormat(),
                        new MalwareBazaarFormat(),
                        new ThreatFoxFormat(),
                        new FeodoFormat(),
                        new SslblFormat(),
                        new SentinelFormat(),
                        new GenericCsvFormat())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportSummary run(String sample, ImportContext context) throws IOException {
        return run(sample, context, new byte[0]);
    }

    /** Imports the sample with {@code suffix} appended, which changes its bytes but not its rows. */
    private ImportSummary run(String sample, ImportContext context, byte[] suffix) throws IOException {
        byte[] rows = resource(sample);
        byte[] content = java.util.Arrays.copyOf(rows, rows.length + suffix.length);
        System.arraycopy(suffix, 0, content, rows.length, suffix.length);
        var outcome = importer.run(Input.of(sample, content), null, context, false, ImportListener.none());
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        return ((ImportOutcome.Imported) outcome).summary();
    }

    @ParameterizedTest
    @CsvSource({
        "urlhaus_recent_sample.csv, urlhaus, 10, 10, 0",
        "malwarebazaar_dump_20260226.csv, malwarebazaar, 39, 117, 0",
        "threatfox_recent_sample.csv, threatfox, 12, 11, 1",
        "feodo_ipblocklist_sample.csv, feodo, 8, 8, 0",
        "sslblacklist_1.csv, sslbl, 285, 285, 0",
        "TestIOCs.csv, sentinel, 28, 28, 0",
        "Log4j_IOC_List.csv, sentinel, 300, 300, 0",
        "generic_indicators.csv, csv, 9, 7, 2"
    })
    void shouldStoreAFeedOnceHoweverOftenItIsImported(
            String sample, String format, long rows, long indicators, long rejected) throws IOException {
        var first = run(sample, CONTEXT);
        var later = new ImportContext(CONTEXT.source(), 60, CONTEXT.tlp(), IMPORTED_AT.plusSeconds(7 * 86_400));
        // The same rows republished in a new file: not the same bytes, so the rows are read again.
        var again = run(sample, later, "\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var identical = importer.run(Input.of(sample, resource(sample)), null, later, false, ImportListener.none());

        assertThat(first.format()).isEqualTo(format);
        assertThat(first.read()).isEqualTo(rows);
        assertThat(first.rejected()).isEqualTo(rejected);
        assertThat(first.imported()).isEqualTo(indicators);
        assertThat(again.read()).isEqualTo(rows);
        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(indicators);
        assertThat(identical).isInstanceOf(ImportOutcome.AlreadyImported.class);
        assertThat(store.stats().rows("indicator")).isEqualTo(indicators);
        assertThat(store.stats().rows("indicator_version"))
                .as("no new versions")
                .isEqualTo(indicators);
    }

    @ParameterizedTest
    @CsvSource({"sslblacklist_1.csv"})
    void shouldAddOnlyTheNewRowsOfALaterSnapshot(String sample) throws IOException {
        run(sample, CONTEXT);
        var second = run("sslblacklist_2.csv", CONTEXT);

        assertThat(second.imported()).isEqualTo(287 - 281);
        assertThat(store.stats().rows("indicator_version")).isEqualTo(285 + 287 - 281);
        assertThat(store.indicators()
                        .forArtifact(
                                CsvFixtures.artifact(ArtifactType.CERT, "854c68ab7ad70b6f95f76ec64b8a46c145997629")))
                .singleElement()
                .satisfies(i -> assertThat(i.labels()).containsExactly("botnet_cc", "malware:AsyncRAT"));
    }
}
