package io.cairn.summary;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactFacts;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.reputation.Evidence;
import io.cairn.reputation.WhoisFacts;
import io.cairn.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads the header facts of an artifact's host. */
final class Header {
    /** Resolutions looked through for one that carries network attributes. */
    static final int RESOLUTIONS = 20;

    private Header() {}

    static HeaderFacts of(Store store, @Nullable Artifact host) {
        if (host == null) {
            return HeaderFacts.NONE;
        }
        List<Evidence> evidence = new ArrayList<>();
        Observation network = null;
        Side side = host.type() == ArtifactType.IP ? Side.OBJECT : Side.SUBJECT;
        for (Observation r : store.observations().list(host, Dataset.RESOLUTION, side, RESOLUTIONS)) {
            if (r.attributes().containsKey("asn") || r.attributes().containsKey("country")) {
                network = r;
                evidence.add(new Evidence.ObservationRef(
                        r.subject(), r.dataset(), r.object(), r.firstSeen(), r.lastSeen(), r.count()));
                break;
            }
        }
        String registrar = null;
        String registrant = null;
        ArtifactFacts facts = Artifacts.facts(host);
        if (host.type() == ArtifactType.DOMAIN && facts.registeredDomain() != null) {
            WhoisFacts whois = WhoisFacts.read(store, Artifact.of(ArtifactType.DOMAIN, facts.registeredDomain()));
            registrar = first(whois, "registrar");
            for (String field : List.of("registrant-org", "registrant-name", "registrant-email")) {
                registrant = registrant != null ? registrant : first(whois, field);
            }
            if (registrar != null || registrant != null) {
                evidence.addAll(whois.evidence());
            }
        }
        return new HeaderFacts(
                attribute(network, "country"),
                asn(attribute(network, "asn")),
                attribute(network, "netblock"),
                attribute(network, "as_name"),
                registrar,
                registrant,
                evidence);
    }

    private static @Nullable String first(WhoisFacts whois, String field) {
        List<Artifact> values = whois.field(field);
        return values.isEmpty() ? null : WhoisFacts.value(values.get(0));
    }

    private static @Nullable String attribute(@Nullable Observation o, String key) {
        return o == null ? null : o.attributes().get(key);
    }

    private static @Nullable String asn(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith("AS") ? upper : "AS" + upper;
    }
}
