package io.cairn.ingest.rdap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.document.Document;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** One RDAP domain object as items: its document and what it says (see the package description). */
final class RdapDomain {
    static final String KIND = "whois";
    static final String MEDIA_TYPE = "application/rdap+json";

    private RdapDomain() {}

    static List<Item> items(ObjectNode object, String path, ImportContext context) throws BadField {
        String objectClass = object.path("objectClassName").asText("");
        if (!objectClass.equals("domain")) {
            throw new BadField(
                    path + ".objectClassName",
                    objectClass.isEmpty()
                            ? "no objectClassName; an RDAP domain object says \"domain\""
                            : "objectClassName is '" + objectClass + "', not domain");
        }
        JsonNode ldhName = object.get("ldhName");
        if (ldhName == null || !ldhName.isTextual()) {
            throw new BadField(path + ".ldhName", "a domain object needs an ldhName");
        }
        Artifact domain = switch (Artifacts.parse(ArtifactType.DOMAIN, ldhName.asText())) {
            case ParseResult.Parsed p -> p.artifact();
            case ParseResult.NotAnArtifact n ->
                throw new BadField(
                        path + ".ldhName", "ldhName '" + ldhName.asText() + "' is not a domain name: " + n.reason());
        };
        Events events = Events.of(object.get("events"), path + ".events");
        Instant fetched = events.at(Events.DATABASE_UPDATE);
        Instant fetchedAt = fetched != null ? fetched : context.importedAt();
        Instant changed = events.at(Events.LAST_CHANGED);
        Instant validFrom = changed != null ? changed : events.at(Events.REGISTRATION);

        List<Item> items = new ArrayList<>();
        items.add(Item.of(new Document(
                KIND, domain.value(), domain, MEDIA_TYPE, object.toString(), validFrom, fetchedAt, context.source())));
        Map<Artifact, Set<String>> fields = new LinkedHashMap<>();
        Redactions redactions = Redactions.of(object.get("redacted"));
        for (Contact contact : Entities.contacts(object.get("entities"), path + ".entities")) {
            contactFields(contact, redactions, fields);
        }
        List<Artifact> nameServers = nameServers(object.get("nameservers"));
        nameServers.forEach(ns -> field("name-server", ns.value(), Set.of(), fields));

        Set<String> sources = Set.of(context.source());
        Map<String, String> dates = events.attributes();
        fields.forEach((field, roles) -> {
            Map<String, String> attributes = new LinkedHashMap<>(dates);
            if (!roles.isEmpty()) {
                attributes.put("contact", String.join(",", roles));
            }
            items.add(Item.of(
                    new Observation(domain, Dataset.WHOIS, field, fetchedAt, fetchedAt, 1, sources, attributes)));
        });
        for (Artifact ns : nameServers) {
            items.add(Item.of(new Observation(
                    domain, Dataset.DNS_RECORD, ns, fetchedAt, fetchedAt, 1, sources, Map.of("rrtype", "NS"))));
        }
        return items;
    }

    private static void contactFields(Contact contact, Redactions redactions, Map<Artifact, Set<String>> fields) {
        String registrar = contact.name();
        if (contact.roles().contains("registrar")
                && registrar != null
                && !redactions.withholds("registrar", "name", registrar)) {
            field("registrar", registrar, Set.of("registrar"), fields);
        }
        for (String role : Entities.CONTACT_ROLES) {
            if (!contact.roles().contains(role)) {
                continue;
            }
            add(role, "email", contact.email(), redactions, fields);
            add(role, "name", contact.name(), redactions, fields);
            add(role, "org", contact.org(), redactions, fields);
            add(role, "phone", contact.phone(), redactions, fields);
            add(role, "address", contact.address(), redactions, fields);
        }
    }

    private static void add(
            String role,
            String field,
            @Nullable String value,
            Redactions redactions,
            Map<Artifact, Set<String>> fields) {
        if (value != null && !redactions.withholds(role, field, value)) {
            field("registrant-" + field, value, Set.of(role), fields);
        }
    }

    private static void field(String field, String value, Set<String> roles, Map<Artifact, Set<String>> fields) {
        Artifacts.parse(ArtifactType.WHOIS_FIELD, field + ":" + value)
                .toOptional()
                .ifPresent(a -> fields.computeIfAbsent(a, k -> new TreeSet<>()).addAll(roles));
    }

    private static List<Artifact> nameServers(@Nullable JsonNode nameservers) {
        Set<Artifact> found = new HashSet<>();
        List<Artifact> ordered = new ArrayList<>();
        if (nameservers != null && nameservers.isArray()) {
            for (JsonNode ns : nameservers) {
                Artifacts.parse(ArtifactType.DOMAIN, ns.path("ldhName").asText(""))
                        .toOptional()
                        .filter(found::add)
                        .ifPresent(ordered::add);
            }
        }
        return ordered;
    }
}
