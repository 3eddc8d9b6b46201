package io.cairn.ingest.zeek;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads Zeek logs through a format, all records at once. */
final class ZeekReads {
    static final String SOURCE = "zeek-sensor";
    static final ImportContext CONTEXT =
            new ImportContext(SOURCE, 50, Tlp.AMBER, Instant.parse("2026-03-01T00:00:00Z"));
    /** What BTest put where each ts was. */
    static final String MASKED_TS = "XXXXXXXXXX.XXXXXX";
    /** The time the tests put back in place of the mask. */
    static final String RESTORED_TS = "1300475168.853899";

    static final Instant RESTORED = Instant.parse("2011-03-18T19:06:08.853899Z");

    private ZeekReads() {}

    static List<Read> of(Format format, String text) {
        return read(format, "test.log", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Read> resource(Format format, String name) {
        return read(format, name, bytes(name));
    }

    /** The resource with a real time where BTest masked each ts. */
    static List<Read> restored(Format format, String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8).replace(MASKED_TS, RESTORED_TS);
        return read(format, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(String name) {
        try (InputStream in = ZeekReads.class.getResourceAsStream("/zeek/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /zeek/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Read> read(Format format, String name, byte[] content) {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader = format.read(name, new ByteArrayInputStream(content), CONTEXT)) {
            reader.forEachRemaining(reads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    static List<Observation> observations(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Accepted)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .map(item -> ((Item.Observed) item).observation())
                .toList();
    }

    static List<String> rejections(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Rejected)
                .map(r -> ((Read.Rejected) r).rejection().toString())
                .toList();
    }
}
