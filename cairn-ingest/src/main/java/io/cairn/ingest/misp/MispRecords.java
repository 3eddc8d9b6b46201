package io.cairn.ingest.misp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of a MISP export, read event by event: one for the event itself (its article), one
 * per object (its document) and one per attribute.
 */
final class MispRecords extends LookaheadReader {
    private final String input;
    private final EventCursor events;
    private final Attributes attributes;
    private final EventArticles articles;
    private final ObjectDocuments objects;
    private Tags eventTags = Tags.NONE;
    private Iterator<Read> described = List.<Read>of().iterator();
    private Iterator<RawAttribute> pending = List.<RawAttribute>of().iterator();

    MispRecords(String input, EventCursor events, Attributes attributes, ImportContext context) {
        this.input = input;
        this.events = events;
        this.attributes = attributes;
        this.articles = new EventArticles(input, context);
        this.objects = new ObjectDocuments(input, context);
    }

    @Override
    protected @Nullable Read readNext() {
        while (!described.hasNext() && !pending.hasNext()) {
            MispEvent event = nextEvent();
            if (event == null) {
                return null;
            }
            eventTags = new Tags(event.tags());
            List<Read> reads = new ArrayList<>();
            if (event.identified()) {
                reads.add(articles.read(event));
            }
            for (RawObject object : event.objects()) {
                if (object.json() == null || object.json().has("uuid")) {
                    reads.add(objects.read(object));
                }
            }
            described = reads.iterator();
            pending = event.attributes().iterator();
        }
        return described.hasNext() ? described.next() : attributes.read(eventTags, pending.next());
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
