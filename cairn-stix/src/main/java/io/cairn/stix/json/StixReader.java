package io.cairn.stix.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cairn.stix.JsonPaths;
import io.cairn.stix.validate.StixValidator;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads STIX 2.1 JSON one object at a time: a bundle (its {@code objects} array is streamed, in
 * whatever order the bundle's properties come), a top-level array of objects, or one object.
 * Memory use is bounded by the largest single object, not by the input.
 *
 * <p>Every object is checked with {@link StixValidator#forImport()}: usable objects come as
 * {@link ReadResult.Read}, others as {@link ReadResult.Malformed} naming the place (JSON path,
 * line and column) and the reason, and reading goes on. Input that stops being JSON — truncated,
 * not JSON at all — ends the reading with one {@link ReadResult.Unreadable}. Not thread-safe.
 */
public final class StixReader implements Iterator<ReadResult>, Closeable {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private enum State {
        START,
        TOP_OBJECT,
        ELEMENTS,
        AFTER_VALUE,
        DONE
    }

    private final JsonParser parser;
    private final ObjectChecks checks = new ObjectChecks(StixValidator.forImport());
    private final TopObject top = new TopObject();
    private State state = State.START;
    private String elementsPath = JsonPaths.ROOT;
    private boolean inBundle;
    private int index;
    private String current = JsonPaths.ROOT;
    private @Nullable ReadResult next;

    private StixReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Starts reading; the reader closes the stream when it is closed. */
    public static StixReader open(InputStream in) {
        try {
            return new StixReader(JSON.createParser(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The results as a stream that closes this reader when it is closed. */
    public Stream<ReadResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    /** The bundle's id, once the reader has passed it (bundles may put it after the objects). */
    public Optional<String> bundleId() {
        return top.bundleId();
    }

    @Override
    public boolean hasNext() {
        if (next == null && state != State.DONE) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        state = State.DONE;
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable ReadResult advance() {
        try {
            while (true) {
                ReadResult result = switch (state) {
                    case START -> start();
                    case TOP_OBJECT -> topObject();
                    case ELEMENTS -> element();
                    case AFTER_VALUE -> afterValue();
                    case DONE -> null;
                };
                if (result != null || state == State.DONE) {
                    return result;
                }
            }
        } catch (JsonProcessingException e) {
            state = State.DONE;
            return new ReadResult.Unreadable(current, position(e), Unreadables.reason(e));
        } catch (IOException e) {
            state = State.DONE;
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable ReadResult start() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            state = State.ELEMENTS;
            return null;
        }
        if (token == JsonToken.START_OBJECT) {
            top.begin(Position.of(parser.currentTokenLocation()));
            state = State.TOP_OBJECT;
            return null;
        }
        state = State.DONE;
        return new ReadResult.Unreadable(
                JsonPaths.ROOT,
                Position.of(parser.currentTokenLocation()),
                token == null
                        ? "empty input: expected a STIX bundle, an array of STIX objects or one object"
                        : "expected a STIX bundle, an array of STIX objects or one object, found " + parser.getText());
    }

    private @Nullable ReadResult topObject() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            state = State.AFTER_VALUE;
            current = JsonPaths.ROOT;
            return top.finish(checks);
        }
        String name = parser.currentName();
        current = JsonPaths.child(JsonPaths.ROOT, name);
        token = parser.nextToken();
        if (name.equals("objects") && token == JsonToken.START_ARRAY && top.mayBeBundle()) {
            top.streamingObjects();
            elementsPath = current;
            inBundle = true;
            state = State.ELEMENTS;
            return null;
        }
        var builder = new TreeBuilder(parser);
        top.add(name, builder.read(), builder);
        return null;
    }

    private @Nullable ReadResult element() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            state = inBundle ? State.TOP_OBJECT : State.AFTER_VALUE;
            inBundle = false;
            return null;
        }
        current = JsonPaths.element(elementsPath, index++);
        var builder = new TreeBuilder(parser);
        return checks.check(current, builder.read(), builder.positions(), builder.duplicates());
    }

    private @Nullable ReadResult afterValue() throws IOException {
        state = State.DONE;
        if (parser.nextToken() != null) {
            return new ReadResult.Unreadable(
                    JsonPaths.ROOT,
                    Position.of(parser.currentTokenLocation()),
                    "unexpected content after the end of the top-level JSON value");
        }
        return null;
    }

    private Position position(JsonProcessingException e) {
        return e.getLocation() != null ? Position.of(e.getLocation()) : Position.of(parser.currentLocation());
    }
}
