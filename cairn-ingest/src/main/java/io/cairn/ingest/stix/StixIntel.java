package io.cairn.ingest.stix;

import io.cairn.indicator.KillChainPhase;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.stix.ExternalReference;
import io.cairn.stix.StixObject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the finished intelligence in STIX objects: actors, tools, techniques, relationships, reports. */
final class StixIntel {
    static final String ATTACK = "mitre-attack";
    private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");

    sealed interface Outcome permits Good, Bad {}

    record Good(List<Item> items) implements Outcome {}

    /** {@code property} is the object's property at fault, e.g. {@code name}. */
    record Bad(String property, String reason) implements Outcome {}

    private final ImportContext context;
    private final StixReports reports;

    StixIntel(ImportContext context) {
        this.context = context;
        this.reports = new StixReports(context);
    }

    Outcome items(StixObject object, Tlp tlp) {
        return switch (object.type()) {
            case "intrusion-set", "threat-actor", "campaign" -> profile(object, ProfileKind.ACTOR, tlp);
            case "malware", "tool" -> profile(object, ProfileKind.TOOL, tlp);
            case "attack-pattern" -> technique(object);
            case "relationship" -> relation(object);
            case "report" -> reports.article(object, tlp);
            default -> new Good(List.of());
        };
    }

    private Outcome profile(StixObject object, ProfileKind kind, Tlp tlp) {
        Optional<String> name = object.name().filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            return new Bad("name", object.type() + " needs a name");
        }
        Set<String> aliases = new LinkedHashSet<>(object.aliases());
        aliases.addAll(object.strings("x_mitre_aliases"));
        return new Good(List.of(Item.of(new Profile(
                kind,
                name.get(),
                object.type(),
                context.source(),
                object.id(),
                attackId(object),
                aliases,
                null,
                object.description().orElse(null),
                null,
                Set.of(),
                Set.of(),
                object.firstSeen().orElse(null),
                active(object),
                modified(object),
                tlp))));
    }

    /** Attack-patterns without an ATT&CK technique id (CAPEC, a producer's own) stay documents. */
    private Outcome technique(StixObject object) {
        String id = attackId(object);
        if (id == null || !TECHNIQUE_ID.matcher(id).matches()) {
            return new Good(List.of());
        }
        Optional<String> name = object.name().filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            return new Bad("name", "technique " + id + " needs a name");
        }
        List<String> tactics = object.killChainPhases().stream()
                .filter(p -> p.killChainName().equals(ATTACK))
                .map(KillChainPhase::phaseName)
                .distinct()
                .toList();
        return new Good(List.of(Item.of(new Technique(
                id,
                name.get(),
                object.id(),
                tactics,
                object.description().orElse(null),
                active(object),
                context.source()))));
    }

    private Outcome relation(StixObject object) {
        Optional<String> type = object.relationshipType().filter(t -> !t.isBlank());
        if (type.isEmpty()) {
            return new Bad("relationship_type", "a relationship needs a relationship_type");
        }
        Optional<String> from = object.sourceRef().filter(t -> !t.isBlank());
        if (from.isEmpty()) {
            return new Bad("source_ref", "a relationship needs a source_ref");
        }
        Optional<String> to = object.targetRef().filter(t -> !t.isBlank());
        if (to.isEmpty()) {
            return new Bad("target_ref", "a relationship needs a target_ref");
        }
        return new Good(List.of(Item.of(new Relation(
                object.id(),
                from.get(),
                type.get(),
                to.get(),
                context.source(),
                object.description().orElse(null),
                active(object),
                modified(object)))));
    }

    /** The ATT&CK id (G0016, S0154, T1566.001) among the object's external references. */
    static @Nullable String attackId(StixObject object) {
        return object.externalReferences().stream()
                .filter(r -> r.sourceName().equals(ATTACK))
                .map(ExternalReference::externalId)
                .filter(id -> id != null && !id.isBlank())
                .findFirst()
                .orElse(null);
    }

    static boolean active(StixObject object) {
        return !object.revoked() && !object.isTrue("x_mitre_deprecated");
    }

    Instant modified(StixObject object) {
        return object.modified().or(object::created).orElse(context.importedAt());
    }
}
