package io.cairn.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A file being written, either as text or through one JSON generator, counting its records. */
final class OutFile implements Closeable {
    // No separator between root values: each record ends with its own newline instead.
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);
    private static final int BUFFER = 1 << 16;

    private final String path;
    private final String format;
    private final FileSummary.Purpose purpose;
    private final @Nullable Writer text;
    private final @Nullable JsonGenerator json;
    private long records;

    private OutFile(
            String path,
            String format,
            FileSummary.Purpose purpose,
            @Nullable Writer text,
            @Nullable JsonGenerator json) {
        this.path = path;
        this.format = format;
        this.purpose = purpose;
        this.text = text;
        this.json = json;
    }

    static OutFile text(Path root, String path, String format, FileSummary.Purpose purpose) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(open(root, path), StandardCharsets.UTF_8), BUFFER);
        return new OutFile(path, format, purpose, writer, null);
    }

    static OutFile json(Path root, String path, String format, FileSummary.Purpose purpose) throws IOException {
        JsonGenerator generator = JSON.createGenerator(open(root, path), JsonEncoding.UTF8);
        return new OutFile(path, format, purpose, null, generator);
    }

    private static OutputStream open(Path root, String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    }

    Writer text() {
        if (text == null) {
            throw new IllegalStateException(path + " is written as JSON");
        }
        return text;
    }

    JsonGenerator json() {
        if (json == null) {
            throw new IllegalStateException(path + " is written as text");
        }
        return json;
    }

    /** Ends a JSON-lines record with its newline and counts it. */
    void endLine() throws IOException {
        json().writeRaw('\n');
        records++;
    }

    /** Writes one line of text and counts it as a record. */
    void line(String line) throws IOException {
        Writer w = text();
        w.write(line);
        w.write('\n');
        records++;
    }

    void count(long n) {
        records += n;
    }

    long records() {
        return records;
    }

    FileSummary summary() {
        return new FileSummary(path, format, purpose, records);
    }

    @Override
    public void close() throws IOException {
        if (text != null) {
            text.close();
        }
        if (json != null) {
            json.close();
        }
    }
}
