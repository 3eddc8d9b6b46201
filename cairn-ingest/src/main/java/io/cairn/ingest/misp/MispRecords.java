package io.cairn.ingest.misp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records of a MISP export: one per attribute, read event by event. */
final class MispRecords extends LookaheadReader {
    private final String input;
    private final EventCursor events;
    private final Attributes attributes;
    private Tags eventTags = Tags.NONE;
    private Iterator<RawAttribute> pending = List.<RawAttribute>of().iterator();

    MispRecords(String input, EventCursor events, Attributes attributes) {
        this.input = input;
        this.events = events;
        this.attributes = attributes;
    }

    @Override
    protected @Nullable Read readNext() {
        while (!pending.hasNext()) {
            MispEvent event = nextEvent();
            if (event == null) {
                return null;
            }
            eventTags = new Tags(event.tags());
            pending = event.attributes().iterator();
        }
        return attributes.read(eventTags, pending.next());
    }

    private @Nullable MispEvent nextEvent() {
        try {
            return events.next();
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            long line = location == null ? 0 : Math.max(0, location.getLineNr());
            String column = location == null ? "" : " (column " + location.getColumnNr() + ")";
            throw new FormatException(
                    Position.path(input, line, events.path()),
                    "not readable as MISP JSON: " + e.getOriginalMessage() + column,
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        events.close();
    }
}
