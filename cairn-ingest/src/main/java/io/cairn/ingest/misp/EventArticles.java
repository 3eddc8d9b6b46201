package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.artifact.Artifact;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.intel.Article;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Refs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An event as an article: its info the title, its tags (galaxy tags included) the tags, the
 * artifacts of its attributes, and the actors and tools its galaxy tags name as refs, which the
 * store keeps as {@code mentions} relations.
 */
final class EventArticles {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern GALAXY = Pattern.compile("misp-galaxy:([^=]+)=\"(.+)\"");
    /** MITRE galaxies name clusters like {@code APT28 - G0007}; the name is the part before the id. */
    private static final Pattern ATTACK_SUFFIX = Pattern.compile("\\s+-\\s+[GSC]\\d{4}$");

    private final String input;
    private final ImportContext context;

    EventArticles(String input, ImportContext context) {
        this.input = input;
        this.context = context;
    }

    Read read(MispEvent event) {
        Position at = Position.path(input, event.line(), event.path());
        String uuid = event.fields().get("uuid");
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            return rejected(event, ".uuid", "an event's uuid is a UUID, not '" + uuid + "'");
        }
        String info = event.fields().getOrDefault("info", "").strip();
        if (info.isEmpty()) {
            return rejected(event, ".info", "event " + uuid + " needs an info, its title");
        }
        Instant published;
        Instant modified;
        try {
            published = published(event);
            modified = epoch(event, "timestamp")
                    .or(() -> Optional.ofNullable(published))
                    .orElse(context.importedAt());
        } catch (BadField bad) {
            return rejected(event, "." + bad.field, bad.getMessage());
        }
        Tags tags = new Tags(event.tags());
        return Read.accepted(
                at,
                Item.of(new Article(
                        context.source(),
                        uuid.toLowerCase(Locale.ROOT),
                        null,
                        info,
                        null,
                        null,
                        published,
                        modified,
                        tags.tlp().orElse(context.tlp()),
                        new LinkedHashSet<>(event.tags()),
                        artifacts(event),
                        mentioned(event))));
    }

    /** When the event was published: its publish timestamp when set, else its date. */
    private static @Nullable Instant published(MispEvent event) {
        Optional<Instant> stamp = epoch(event, "publish_timestamp").filter(t -> t.getEpochSecond() > 0);
        if (stamp.isPresent()) {
            return stamp.get();
        }
        String date = event.fields().get("date");
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadField("date", "date '" + date + "' is not a date like 2024-05-31");
        }
    }

    /** A field in epoch seconds, as MISP writes them (text or a number). */
    private static Optional<Instant> epoch(MispEvent event, String field) {
        String seconds = event.fields().get(field);
        if (seconds == null || seconds.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds.strip())));
        } catch (NumberFormatException e) {
            throw new BadField(field, field + " '" + seconds + "' is not a time in epoch seconds");
        }
    }

    private static Set<Artifact> artifacts(MispEvent event) {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        for (RawAttribute raw : event.attributes()) {
            JsonNode type = raw.node().path("type");
            JsonNode value = raw.node().path("value");
            if (!type.isTextual() || !value.isTextual()) {
                continue;
            }
            var mispType = MispType.of(type.asText());
            if (mispType.isPresent()
                    && AttributeValue.parse(type.asText(), value.asText(), mispType.get())
                            instanceof AttributeValue.Valid valid) {
                artifacts.add(valid.artifact());
                if (valid.resolvesTo() != null) {
                    artifacts.add(valid.resolvesTo());
                }
            }
        }
        return artifacts;
    }

    /** The actors and tools the event's galaxy tags name. */
    private static Set<String> mentioned(MispEvent event) {
        Set<String> refs = new LinkedHashSet<>();
        for (String tag : event.tags()) {
            Matcher galaxy = GALAXY.matcher(tag);
            if (galaxy.matches()) {
                String name =
                        ATTACK_SUFFIX.matcher(galaxy.group(2)).replaceFirst("").strip();
                kind(galaxy.group(1)).ifPresent(kind -> refs.add(Refs.profileNamed(kind, name)));
            }
        }
        return refs;
    }

    /** What a galaxy's clusters are; techniques and other galaxies stay tags only. */
    static Optional<ProfileKind> kind(String galaxy) {
        if (galaxy.equals("threat-actor") || galaxy.endsWith("intrusion-set") || galaxy.endsWith("activity-group")) {
            return Optional.of(ProfileKind.ACTOR);
        }
        if (galaxy.equals("tool")
                || galaxy.equals("malpedia")
                || galaxy.endsWith("-malware")
                || galaxy.endsWith("-tool")
                || Set.of("ransomware", "rat", "botnet", "backdoor", "banker", "stealer")
                        .contains(galaxy)) {
            return Optional.of(ProfileKind.TOOL);
        }
        return Optional.empty();
    }

    private Read rejected(MispEvent event, String field, String reason) {
        return Read.rejected(Position.path(input, event.line(), event.path() + field), reason);
    }

    /** A field of the event that is not what MISP writes there. */
    private static final class BadField extends IllegalArgumentException {
        private final String field;

        BadField(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
