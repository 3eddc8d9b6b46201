package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The child process of the crash tests: bulk-loads {@code batches} batches of {@code size} known
 * observations and prints {@code committed N} after each commit, until it is killed.
 *
 * <pre>java … CrashLoader DATA_DIR_OR_JDBC_URL BATCHES SIZE</pre>
 */
public final class CrashLoader {

    static final Instant SEEN = Instant.parse("2024-05-01T00:00:00Z");

    private CrashLoader() {}

    public static void main(String[] args) {
        String target = args[0];
        int batches = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        JdbcStore.Options options = new JdbcStore.Options(size, 1_000);
        try (JdbcStore store = target.startsWith("jdbc:")
                ? JdbcStore.open(target, options)
                : JdbcStore.open(Path.of(target), options)) {
            store.observations().bulkLoad(rows(batches, size), soFar -> {
                System.out.println("committed " + soFar.batches());
                System.out.flush();
            });
        }
        System.out.println("done");
    }

    /** Subject {@code b<batch>-<row>.crash.example}: the batch a row belongs to is in its name. */
    static Artifact subject(int batch, int row) {
        return Artifact.of(ArtifactType.DOMAIN, "b" + batch + "-" + row + ".crash.example");
    }

    private static Iterator<Observation> rows(int batches, int size) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < (long) batches * size;
            }

            @Override
            public Observation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int batch = (int) (next / size);
                int row = (int) (next % size);
                next++;
                Artifact ip =
                        Artifact.of(ArtifactType.IP, "10." + (batch % 256) + "." + (row / 256) + "." + (row % 256));
                return Observation.of(subject(batch, row), Dataset.RESOLUTION, ip, SEEN, SEEN, "crash-test");
            }
        };
    }
}
