package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.Store;
import io.cairn.store.StoredDocument;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What WHOIS/RDAP says of a registered domain: its dates (from the attributes the RDAP import puts
 * on whois observations), its fields, most recent first, and the newest {@code whois} document.
 */
public record WhoisFacts(
        Artifact domain,
        @Nullable Instant registered,
        @Nullable Instant updated,
        @Nullable Instant expires,
        List<Observation> fields,
        Evidence.@Nullable DocumentRef document) {

    /** Whois observations read per domain. */
    public static final int FIELDS = 50;

    public WhoisFacts {
        Objects.requireNonNull(domain, "domain");
        fields = List.copyOf(fields);
    }

    public static WhoisFacts read(Store store, Artifact registeredDomain) {
        List<Observation> fields = store.observations().list(registeredDomain, Dataset.WHOIS, Side.SUBJECT, FIELDS);
        Instant registered = null;
        Instant updated = null;
        Instant expires = null;
        for (Observation o : fields) {
            registered = registered != null ? registered : time(o, "registration");
            updated = updated != null ? updated : time(o, "last_changed");
            expires = expires != null ? expires : time(o, "expiration");
        }
        Optional<StoredDocument> latest = store.documents().latest("whois", registeredDomain.value());
        Evidence.DocumentRef document = latest.map(d -> new Evidence.DocumentRef(
                        "whois",
                        d.document().key(),
                        d.version(),
                        "fetched " + d.document().fetchedAt()))
                .orElse(null);
        return new WhoisFacts(registeredDomain, registered, updated, expires, fields, document);
    }

    /** The values of one field ({@code registrar}, {@code registrant-email}, ...), as whois-field artifacts. */
    public List<Artifact> field(String name) {
        List<Artifact> values = new ArrayList<>();
        for (Observation o : fields) {
            if (o.object().value().startsWith(name + ":")) {
                values.add(o.object());
            }
        }
        return values;
    }

    /** The value of a whois-field artifact, without its field name. */
    public static String value(Artifact field) {
        return field.value().substring(field.value().indexOf(':') + 1);
    }

    /** What a person can follow: the document when stored, else the observations the dates came from. */
    public List<Evidence> evidence() {
        if (document != null) {
            return List.of(document);
        }
        return fields.isEmpty()
                ? List.of()
                : List.of(new Evidence.ObservationRef(
                        domain,
                        Dataset.WHOIS,
                        fields.get(0).object(),
                        fields.get(0).firstSeen(),
                        fields.get(0).lastSeen(),
                        fields.get(0).count()));
    }

    private static @Nullable Instant time(Observation o, String attribute) {
        String text = o.attributes().get(attribute);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
