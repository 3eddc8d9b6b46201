package io.cairn.bench;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import io.cairn.ingest.pdns.CofFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** COF parsing alone (JSON line to observations), no store: the import's ceiling on one core. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CofReadBenchmark {

    private static final int RECORDS = 100_000;

    private byte[] content = new byte[0];
    private final CofFormat format = new CofFormat();
    private final ImportContext context = new ImportContext("bench", 50, Tlp.CLEAR, Instant.EPOCH);

    @Setup
    public void generate() throws IOException {
        Path dir = Files.createTempDirectory("cairn-cof-bench");
        Path jsonl = dir.resolve("cof.jsonl");
        Path csv = dir.resolve("cof.csv");
        CofDataset.write(RECORDS, 42, jsonl, csv);
        content = Files.readAllBytes(jsonl);
        Files.delete(jsonl);
        Files.delete(csv);
        Files.delete(dir);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void readRecords(Blackhole sink) throws IOException {
        try (RecordReader reader = format.read("bench", new ByteArrayInputStream(content), context)) {
            while (reader.hasNext()) {
                sink.consume(reader.next());
            }
        }
    }
}
