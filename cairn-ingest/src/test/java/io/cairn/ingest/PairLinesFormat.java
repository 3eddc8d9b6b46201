package io.cairn.ingest;

import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A format for testing the importer alone: each line {@code domain ip} is a resolution seen on
 * 2026-01-01; other lines are rejected; a line {@code TRUNCATED} breaks the input.
 */
final class PairLinesFormat implements Format {
    static final Instant DAY = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public String name() {
        return "pairs";
    }

    @Override
    public String description() {
        return "domain and IP per line (test format)";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return new String(head, StandardCharsets.UTF_8).startsWith("#pairs") ? 90 : 0;
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        var lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        return new RecordReader() {
            private long number;
            private @Nullable String next = advance();

            private @Nullable String advance() {
                try {
                    String line;
                    do {
                        line = lines.readLine();
                        number++;
                    } while (line != null && line.startsWith("#"));
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Read next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String line = next;
                long at = number;
                next = advance();
                var position = Position.line(inputName, at);
                if (line.equals("TRUNCATED")) {
                    throw new FormatException(position, "input ends in the middle of a record");
                }
                String[] parts = line.split(" ");
                var domain = parts.length == 2
                        ? Artifacts.parse(ArtifactType.DOMAIN, parts[0]).toOptional()
                        : null;
                var ip = parts.length == 2
                        ? Artifacts.parse(ArtifactType.IP, parts[1]).toOptional()
                        : null;
                if (domain == null || domain.isEmpty() || ip.isEmpty()) {
                    return Read.rejected(position, "not a domain and an IP: " + line);
                }
                return Read.accepted(
                        position,
                        Item.of(Observation.of(
                                domain.get(), Dataset.RESOLUTION, ip.get(), DAY, DAY, context.source())));
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
