package io.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import io.cairn.store.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    @TempDir
    Path data;

    private JdbcStore store;
    private Importer importer;
    private final ImportContext context =
            new ImportContext("test-feed", 50, Tlp.AMBER, Instant.parse("2026-02-01T00:00:00Z"));

    @BeforeEach
    void open() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(store, new Formats(List.of(new PairLinesFormat())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Input input(String text) {
        return Input.of("feed.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private long resolutions() {
        return store.stats().rows("observation");
    }

    @Test
    void shouldImportGoodRecordsAndReportBadOnesWithTheirLines() throws IOException {
        var outcome = importer.run(
                input("#pairs\nevil.com 203.0.113.1\nnot a pair at all\nevil.com 203.0.113.2\n"),
                null,
                context,
                false,
                ImportListener.none());

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        var summary = ((ImportOutcome.Imported) outcome).summary();
        assertThat(summary.format()).isEqualTo("pairs");
        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejections())
                .singleElement()
                .hasToString("feed.txt:3: not a domain and an IP: not a pair at all");
        assertThat(store.observations().counts(Artifact.of(ArtifactType.DOMAIN, "evil.com")))
                .singleElement()
                .satisfies(c -> assertThat(c.asSubject()).isEqualTo(2));
    }

    @Test
    void shouldWriteNothingFromAStrictImportWithABadRecord() throws IOException {
        var outcome = importer.run(
                input("#pairs\nevil.com 203.0.113.1\nbad\n"), "pairs", context, true, ImportListener.none());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ImportOutcome.Refused.class,
                        r -> assertThat(r.first().position()).isEqualTo(Position.line("feed.txt", 3)));
        assertThat(resolutions()).isZero();
    }

    @Test
    void shouldKeepCommittedChunksAndSayWhereATruncatedInputBroke() throws IOException {
        var text = new StringBuilder("#pairs\n");
        for (int i = 0; i < Importer.CHUNK + 10; i++) {
            text.append("host")
                    .append(i)
                    .append(".example.com 198.51.100.")
                    .append(i % 250)
                    .append('\n');
        }
        text.append("TRUNCATED\n");

        var outcome = importer.run(input(text.toString()), null, context, false, ImportListener.none());

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Broken.class, b -> {
            assertThat(b.reason())
                    .isEqualTo("feed.txt:" + (Importer.CHUNK + 12) + ": input ends in the middle of a record");
            assertThat(b.summary().imported()).isEqualTo(Importer.CHUNK + 10);
        });
        assertThat(resolutions()).isEqualTo(Importer.CHUNK + 10);
    }

    @Test
    void shouldReadGzipWhateverTheFileIsCalled() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bytes)) {
            gz.write("#pairs\nevil.com 203.0.113.1\n".getBytes(StandardCharsets.UTF_8));
        }
        var outcome =
                importer.run(Input.of("feed.bin", bytes.toByteArray()), null, context, false, ImportListener.none());

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(resolutions()).isEqualTo(1);
    }

    @Test
    void shouldRefuseInputsNoFormatClaimsOrAFormatThatDoesNotExist() throws IOException {
        assertThat(importer.run(input("hello\n"), null, context, false, ImportListener.none()))
                .isEqualTo(new ImportOutcome.Unrecognised(
                        "feed.txt", "its format was not recognised; name one with --format"));
        assertThat(importer.run(input("hello\n"), "nope", context, false, ImportListener.none()))
                .isEqualTo(new ImportOutcome.Unrecognised("feed.txt", "no format is called 'nope'"));
        assertThat(resolutions()).isZero();
    }

    @Test
    void shouldReportProgressUpToTheWholeInput() throws IOException {
        var seen = new long[3];
        byte[] text = "#pairs\nevil.com 203.0.113.1\n".getBytes(StandardCharsets.UTF_8);
        importer.run(Input.of("feed.txt", text), null, context, false, (bytes, total, records) -> {
            seen[0] = bytes;
            seen[1] = total;
            seen[2] = records;
        });
        assertThat(seen).containsExactly(text.length, text.length, 1);
    }

    @Test
    void shouldChangeNothingWhenASourceImportsTheSameContentAgainEvenCompressed() throws IOException {
        String text = "#pairs\nevil.com 203.0.113.1\n";
        importer.run(input(text), null, context, false, ImportListener.none());
        var bytes = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }

        var again =
                importer.run(Input.of("feed.txt.gz", bytes.toByteArray()), null, context, false, ImportListener.none());

        assertThat(again)
                .isEqualTo(new ImportOutcome.AlreadyImported("feed.txt.gz", "test-feed", context.importedAt()));
        assertThat(store.observations()
                        .list(
                                Artifact.of(ArtifactType.DOMAIN, "evil.com"),
                                io.cairn.observation.Dataset.RESOLUTION,
                                io.cairn.observation.Side.SUBJECT,
                                10))
                .singleElement()
                .satisfies(o -> assertThat(o.count()).isEqualTo(1));
        var otherSource = new ImportContext("other-feed", 50, Tlp.AMBER, context.importedAt());
        assertThat(importer.run(input(text), null, otherSource, false, ImportListener.none()))
                .isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void shouldLetABrokenImportBeRetried() throws IOException {
        importer.run(input("#pairs\nevil.com 203.0.113.1\nTRUNCATED\n"), null, context, false, ImportListener.none());
        assertThat(importer.run(
                        input("#pairs\nevil.com 203.0.113.1\nTRUNCATED\n"),
                        null,
                        context,
                        false,
                        ImportListener.none()))
                .isInstanceOf(ImportOutcome.Broken.class);
    }
}
