package io.cairn.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.http.Credentials;
import io.cairn.ingest.http.Fetched;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.store.Source;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A MISP feed: {@code manifest.json} lists events by UUID with their timestamps; the events newer
 * than the watermark (the newest timestamp imported so far) are fetched one by one, oldest first.
 */
final class MispFeed {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    record Event(String uuid, long timestamp) {}

    /** The events to fetch, or the reason the manifest cannot be used. */
    sealed interface Manifest {}

    record Listed(List<Event> events) implements Manifest {}

    record Unusable(String reason) implements Manifest {}

    private final HttpFetcher fetcher;
    private final UrlFeed files;

    MispFeed(HttpFetcher fetcher, UrlFeed files) {
        this.fetcher = fetcher;
        this.files = files;
    }

    /** Imports the new events; the watermark moves to the newest one's timestamp. */
    Pulled run(Source source, Credentials credentials, ImportContext context, Tally tally, Progress progress)
            throws InterruptedException, IOException {
        URI base = URI.create(source.url().endsWith("/") ? source.url() : source.url() + "/");
        Fetched fetched = fetcher.get(base.resolve("manifest.json"), Map.of("Accept", "application/json"), credentials);
        if (fetched instanceof Fetched.Failed failed) {
            return Pulled.failed("manifest: " + failed.reason());
        }
        String watermark = source.watermark();
        long after = watermark == null || !watermark.matches("\\d{1,12}") ? Long.MIN_VALUE : Long.parseLong(watermark);
        Manifest manifest = manifest(((Fetched.Ok) fetched).body(), after);
        if (manifest instanceof Unusable unusable) {
            return Pulled.failed(unusable.reason());
        }
        List<Event> events = ((Listed) manifest).events();
        progress.step(source.name(), events.size() + " new events in the manifest", 0);
        for (Event event : events) {
            String reason = files.fetchAndImport(
                    base.resolve(event.uuid() + ".json"), "misp", credentials, context, tally, progress);
            if (reason != null) {
                return Pulled.failed(reason);
            }
            watermark = Long.toString(event.timestamp());
        }
        return Pulled.done(watermark);
    }

    static Manifest manifest(byte[] body, long after) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return new Unusable("the MISP feed manifest is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
        if (root == null || !root.isObject()) {
            return new Unusable("the MISP feed manifest is not a JSON object of events");
        }
        List<Event> events = new ArrayList<>();
        for (var fields = root.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (!UUID.matcher(field.getKey()).matches()) {
                return new Unusable(
                        "the MISP feed manifest lists '" + field.getKey() + "', which is not an event UUID");
            }
            JsonNode timestamp = field.getValue().path("timestamp");
            if (!timestamp.asText("").matches("\\d{1,12}")) {
                return new Unusable("event " + field.getKey() + " in the MISP feed manifest has no numeric timestamp");
            }
            long seconds = Long.parseLong(timestamp.asText());
            if (seconds > after) {
                events.add(new Event(field.getKey(), seconds));
            }
        }
        events.sort(Comparator.comparingLong(Event::timestamp).thenComparing(Event::uuid));
        return new Listed(events);
    }
}
