package io.cairn.insight;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.reputation.Evidence;
import io.cairn.reputation.WhoisFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Other domains that share a registrant or a name server with a registered domain. */
final class SharedRecords {
    /** Domains read per shared field or name server. */
    static final int PER_VALUE = 100;

    private SharedRecords() {}

    static Optional<Insight> whois(Context c, WhoisFacts whois) {
        Map<Artifact, Artifact> shared = new LinkedHashMap<>();
        for (Observation field : whois.fields()) {
            if (!field.object().value().startsWith("registrant-")) {
                continue;
            }
            for (Observation o : c.store().observations().list(field.object(), Dataset.WHOIS, Side.OBJECT, PER_VALUE)) {
                if (!o.subject().equals(whois.domain())) {
                    shared.putIfAbsent(o.subject(), field.object());
                }
            }
        }
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        shared.forEach((domain, field) ->
                evidence.add(new Evidence.Neighbour(domain, Dataset.WHOIS, field, "same registrant")));
        return Optional.of(new Insight(
                "shared-whois",
                "Domains sharing the WHOIS record",
                shared.size() + " other domains share a registrant field "
                        + new LinkedHashSet<>(shared.values())
                                .stream().map(WhoisFacts::value).toList(),
                evidence));
    }

    static Optional<Insight> nameServers(Context c, WhoisFacts whois) {
        Set<Artifact> servers = new LinkedHashSet<>();
        for (Observation o :
                c.store().observations().list(whois.domain(), Dataset.DNS_RECORD, Side.SUBJECT, PER_VALUE)) {
            if ("NS".equals(o.attributes().get("rrtype"))) {
                servers.add(o.object());
            }
        }
        Map<Artifact, Artifact> shared = new LinkedHashMap<>();
        for (Artifact ns : servers) {
            for (Observation o : c.store().observations().list(ns, Dataset.DNS_RECORD, Side.OBJECT, PER_VALUE)) {
                if ("NS".equals(o.attributes().get("rrtype")) && !o.subject().equals(whois.domain())) {
                    shared.putIfAbsent(o.subject(), ns);
                }
            }
        }
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        shared.forEach((domain, ns) ->
                evidence.add(new Evidence.Neighbour(domain, Dataset.DNS_RECORD, ns, "same name server")));
        return Optional.of(new Insight(
                "shared-name-server",
                "Domains sharing the name server",
                shared.size() + " other domains use "
                        + new LinkedHashSet<>(shared.values())
                                .stream().map(Artifact::value).toList()
                        + (shared.size() >= PER_VALUE ? " (at least; " + PER_VALUE + " read per server)" : ""),
                evidence));
    }
}
