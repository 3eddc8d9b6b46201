package io.cairn.ingest.csv;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.ingest.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/** Samples, contexts and helpers shared by the CSV feed tests. */
final class CsvFixtures {
    static final Instant IMPORTED_AT = Instant.parse("2026-03-01T00:00:00Z");
    static final ImportContext CONTEXT = new ImportContext("abuse.ch", 60, Tlp.GREEN, IMPORTED_AT);

    private CsvFixtures() {}

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(CsvFixtures.class.getResourceAsStream("/csv/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Read> readResource(Format format, String name) {
        return read(format, name, resource(name), CONTEXT);
    }

    static List<Read> readText(Format format, String text) {
        return read(format, "feed.csv", text.getBytes(StandardCharsets.UTF_8), CONTEXT);
    }

    static List<Read> read(Format format, String name, byte[] content, ImportContext context) {
        try (RecordReader reader = format.read(name, new ByteArrayInputStream(content), context)) {
            var reads = new ArrayList<Read>();
            reader.forEachRemaining(reads::add);
            return reads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Indicator> indicators(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Accepted)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .map(i -> ((Item.Asserted) i).indicator())
                .toList();
    }

    /** The items of the one record read from {@code line}. */
    static List<Indicator> indicatorsAt(List<Read> reads, long line) {
        return indicators(
                reads.stream().filter(r -> r.position().line() == line).toList());
    }

    static List<Rejection> rejections(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Rejected)
                .map(r -> ((Read.Rejected) r).rejection())
                .toList();
    }

    static List<Long> lines(List<Read> reads) {
        return reads.stream().map(r -> r.position().line()).toList();
    }

    /**
     * The 1-based numbers of a sample's lines that hold data, counted independently of the reader:
     * neither blank nor a comment, after {@code headerRows} header lines.
     */
    static List<Long> dataLines(String name, int headerRows) {
        List<String> lines =
                new String(resource(name), StandardCharsets.UTF_8).lines().toList();
        List<Long> data = IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
                .mapToObj(i -> (long) i + 1)
                .toList();
        return data.subList(headerRows, data.size());
    }

    static Artifact artifact(ArtifactType type, String value) {
        return Artifact.of(type, value);
    }

    /** An indicator as the CSV feeds build it, in the fixture context. */
    static Indicator indicator(
            Artifact artifact, String pattern, String stixId, Instant first, Instant last, Set<String> labels) {
        return indicator(artifact, pattern, stixId, CONTEXT.defaultConfidence(), first, last, labels);
    }

    static Indicator indicator(
            Artifact artifact,
            String pattern,
            String stixId,
            int confidence,
            Instant first,
            Instant last,
            Set<String> labels) {
        return new Indicator(
                artifact,
                pattern,
                CONTEXT.source(),
                stixId,
                last,
                confidence,
                CONTEXT.tlp(),
                first,
                null,
                false,
                labels,
                List.of(),
                first,
                last);
    }
}
