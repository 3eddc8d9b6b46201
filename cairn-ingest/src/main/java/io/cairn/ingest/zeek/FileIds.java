package io.cairn.ingest.zeek;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Input;
import io.cairn.ingest.Item;
import io.cairn.ingest.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Certificate file ids ({@code cert_chain_fuids} of ssl.log) resolved through the x509 logs in the
 * ssl.log's directory ({@code x509*.log}, gzip too). Their id → fingerprint map is read once, on
 * the first row that needs it: x509 logs are small beside ssl.log, which is streamed.
 */
final class FileIds {
    /** Rows read only to look ids up are credited to no one. */
    private static final ImportContext LOOKUP = new ImportContext("x509-lookup", 0, Tlp.CLEAR, Instant.EPOCH);

    private final List<Path> logs;
    private @Nullable Map<String, String> fingerprints;

    private FileIds(List<Path> logs) {
        this.logs = List.copyOf(logs);
    }

    /** The x509 logs beside {@code inputName}, when it names a file. */
    static FileIds near(String inputName) {
        Path input = Path.of(inputName);
        Path directory = input.toAbsolutePath().getParent();
        if (!Files.isRegularFile(input) || directory == null) {
            return new FileIds(List.of());
        }
        List<Path> logs = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "x509*.log{,.gz}")) {
            found.forEach(logs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        logs.sort(null);
        return new FileIds(logs);
    }

    boolean hasLogs() {
        return !logs.isEmpty();
    }

    String logNames() {
        return String.join(
                ", ", logs.stream().map(p -> p.getFileName().toString()).toList());
    }

    /** The fingerprint the x509 logs give the file id, or null when none does. */
    @Nullable
    String fingerprint(String fileId) {
        if (fingerprints == null) {
            fingerprints = load();
        }
        return fingerprints.get(fileId);
    }

    private Map<String, String> load() {
        Map<String, String> byId = new HashMap<>();
        RowMapper collect = (row, seen) -> {
            String id = row.text("id");
            if (id != null) {
                byId.put(id, X509Rows.fingerprint(row, X509Rows.logged(row)).value());
            }
            return List.<Item>of();
        };
        // Rows of x509 logs are only looked up here; importing them reports their faults.
        ZeekLog ids = new ZeekLog("x509", Set.of(), Set.of(), collect);
        for (Path log : logs) {
            try (RecordReader reader = ids.read(log.toString(), Input.of(log).open(), LOOKUP)) {
                reader.forEachRemaining(read -> {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }
}
