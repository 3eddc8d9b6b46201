package io.cairn.stix.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.cairn.stix.StixIds;
import io.cairn.stix.StixObject;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Writes STIX objects into a bundle as they come, without holding them:
 * {@code {"type":"bundle","id":"bundle--…","objects":[…]}}. Objects are written as they are;
 * check them with {@code StixValidator.forExport()} first. {@link #close()} ends the bundle and
 * flushes, but leaves the stream open for its owner. Not thread-safe.
 */
public final class BundleWriter implements Closeable {
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator generator;
    private final String bundleId;
    private long count;
    private boolean closed;

    private BundleWriter(JsonGenerator generator, String bundleId) throws IOException {
        this.generator = generator;
        this.bundleId = bundleId;
        generator.writeStartObject();
        generator.writeStringField("type", "bundle");
        generator.writeStringField("id", bundleId);
        generator.writeArrayFieldStart("objects");
    }

    /** A bundle with a fresh random id. */
    public static BundleWriter open(OutputStream out) throws IOException {
        return open(out, "bundle--" + UUID.randomUUID());
    }

    public static BundleWriter open(OutputStream out, String bundleId) throws IOException {
        if (!StixIds.isValid(bundleId) || !bundleId.startsWith("bundle--")) {
            throw new IllegalArgumentException("not a bundle id: " + bundleId);
        }
        return new BundleWriter(JSON.createGenerator(out), bundleId);
    }

    public void write(StixObject object) throws IOException {
        if (closed) {
            throw new IllegalStateException("bundle " + bundleId + " is already closed");
        }
        object.writeTo(generator);
        count++;
    }

    public String bundleId() {
        return bundleId;
    }

    /** How many objects have been written so far. */
    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        generator.writeEndArray();
        generator.writeEndObject();
        generator.close();
    }
}
