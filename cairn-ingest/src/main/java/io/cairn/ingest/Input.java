package io.cairn.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * A named input that can be opened more than once (detection reads its head, strict imports read it
 * twice). Gzip-compressed content is decompressed transparently, whatever the file is called.
 */
public final class Input {
    /** Opens the raw bytes of an input. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener raw;
    private final long size;

    public Input(String name, Opener raw, long size) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("an input needs a name");
        }
        this.name = name;
        this.raw = raw;
        this.size = size;
    }

    public static Input of(Path file) throws IOException {
        return new Input(file.toString(), () -> Files.newInputStream(file), Files.size(file));
    }

    public static Input of(String name, byte[] content) {
        return new Input(name, () -> new java.io.ByteArrayInputStream(content), content.length);
    }

    public String name() {
        return name;
    }

    /** Size of the raw (possibly compressed) bytes, or -1 when unknown. */
    public long size() {
        return size;
    }

    /** The content, decompressed when it is gzip. */
    public InputStream open() throws IOException {
        return decompressed(raw.open());
    }

    /** The content through a counter of the raw bytes consumed, for progress against {@link #size()}. */
    public InputStream open(CountingInputStream.Counter counter) throws IOException {
        return decompressed(new CountingInputStream(raw.open(), counter));
    }

    private static InputStream decompressed(InputStream in) throws IOException {
        var buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
        }
        return buffered;
    }

    /** The first {@code limit} bytes of the decompressed content, for format detection. */
    public byte[] head(int limit) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(limit);
        }
    }

    /** SHA-256 of the decompressed content, lower-case hex: the same data compressed or not is one input. */
    public String sha256() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = open()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public String toString() {
        return name;
    }
}
