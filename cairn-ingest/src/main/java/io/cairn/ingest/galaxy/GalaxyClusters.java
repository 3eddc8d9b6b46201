package io.cairn.ingest.galaxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns the clusters of one galaxy into profiles of its kind. */
final class GalaxyClusters {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Any ATT&CK id, to keep ids out of the aliases. */
    private static final Pattern ANY_ATTACK_ID = Pattern.compile("[GSC]\\d{4}");
    /** Links to ATT&CK; a tool's cluster also links to the groups that use it, which are not its id. */
    private static final Pattern ATTACK_URL =
            Pattern.compile("attack\\.mitre\\.org/(?:groups|software|campaigns)/([GSC]\\d{4})\\b");

    private final ProfileKind kind;
    /** The ids of this kind: groups and campaigns for actors, software for tools. */
    private final Pattern attackIds;
    /** {@code name-attribution} entries name a source's label and its UUID: {@code G0007:a1ad5090-…}. */
    private final Pattern attributedIds;

    private final String type;
    private final ImportContext context;

    GalaxyClusters(ProfileKind kind, String galaxy, ImportContext context) {
        this.kind = kind;
        String letters = kind == ProfileKind.ACTOR ? "GC" : "S";
        this.attackIds = Pattern.compile("[" + letters + "]\\d{4}");
        this.attributedIds = Pattern.compile("([" + letters + "]\\d{4}):.*");
        this.type = "misp-galaxy:" + galaxy;
        this.context = context;
    }

    Read read(Position at, ObjectNode cluster) {
        String name = text(cluster.path("value"));
        if (name == null) {
            return rejected(at, ".value", "a cluster needs a value, its name");
        }
        String uuid = text(cluster.path("uuid"));
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            return rejected(at, ".uuid", name + ": a cluster needs a UUID, not " + cluster.path("uuid"));
        }
        JsonNode meta = cluster.path("meta");
        if (!meta.isMissingNode() && !meta.isObject()) {
            return rejected(at, ".meta", name + ": meta is a JSON object");
        }
        for (String field : List.of("synonyms", "refs", "cfr-suspected-victims", "cfr-target-category")) {
            if (strings(meta.path(field)) == null) {
                return rejected(at, ".meta." + field, name + ": " + field + " is a list of strings");
            }
        }
        List<String> synonyms = strings(meta.path("synonyms"));
        String attackId = attackId(meta, synonyms);
        Set<String> aliases = new LinkedHashSet<>(synonyms);
        aliases.removeIf(alias -> ANY_ATTACK_ID.matcher(alias).matches());
        Set<String> sectors = new LinkedHashSet<>(strings(meta.path("cfr-target-category")));
        List<String> targeted = strings(meta.path("targeted-sector"));
        sectors.addAll(targeted == null ? List.of() : targeted);
        Set<String> countries = new LinkedHashSet<>();
        for (String victim : strings(meta.path("cfr-suspected-victims"))) {
            Countries.code(victim).ifPresent(countries::add);
        }
        return Read.accepted(
                at,
                Item.of(new Profile(
                        kind,
                        name,
                        type,
                        context.source(),
                        uuid.toLowerCase(Locale.ROOT),
                        attackId,
                        aliases,
                        null,
                        text(cluster.path("description")),
                        origin(text(meta.path("country"))),
                        sectors,
                        countries,
                        null,
                        true,
                        context.importedAt(),
                        context.tlp())));
    }

    /** The ATT&CK id a cluster carries: in a link to ATT&CK, among its synonyms or its attributions. */
    private @Nullable String attackId(JsonNode meta, List<String> synonyms) {
        for (String ref : strings(meta.path("refs"))) {
            Matcher url = ATTACK_URL.matcher(ref);
            while (url.find()) {
                if (attackIds.matcher(url.group(1)).matches()) {
                    return url.group(1);
                }
            }
        }
        List<String> candidates = new ArrayList<>(synonyms);
        List<String> attributions = strings(meta.path("name-attribution"));
        candidates.addAll(attributions == null ? List.of() : attributions);
        for (String candidate : candidates) {
            Matcher id = attributedIds.matcher(candidate);
            if (attackIds.matcher(candidate).matches()) {
                return candidate;
            }
            if (id.matches()) {
                return id.group(1);
            }
        }
        return null;
    }

    /** The ISO code of the country of origin; galaxies mostly give the code, some a name. */
    private static @Nullable String origin(@Nullable String country) {
        if (country == null) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        return code.matches("[A-Z]{2}") ? code : Countries.code(country).orElse(null);
    }

    /** A list of strings (a lone string counts as one), empty when absent, null when it is something else. */
    private static @Nullable List<String> strings(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? List.of() : List.of(node.asText().strip());
        }
        if (!node.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return null;
            }
            if (!element.asText().isBlank()) {
                values.add(element.asText().strip());
            }
        }
        return values;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static Read rejected(Position at, String field, String reason) {
        return Read.rejected(Position.path(at.input(), at.line(), at.path() + field), reason);
    }
}
