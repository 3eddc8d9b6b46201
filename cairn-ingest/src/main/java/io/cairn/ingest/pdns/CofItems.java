package io.cairn.ingest.pdns;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.ingest.Item;
import io.cairn.ingest.MalformedRecord;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a COF record says, as observations: one per rdata element. */
final class CofItems {
    static final String KEPT = "A, AAAA, CNAME, DNAME, NS, MX, SOA, SRV, PTR, TXT and SPF";

    private final Set<String> sources;
    private final ArtifactCache artifacts = new ArtifactCache();

    CofItems(String source) {
        this.sources = Set.of(source);
    }

    List<Item> items(CofRecord r) throws MalformedRecord {
        String type = r.rrtype();
        return switch (type) {
            case "A", "AAAA" -> each(r, owner(r), Dataset.RESOLUTION, ArtifactType.IP);
            case "PTR" ->
                ReverseNames.isReverse(r.rrname())
                        ? each(r, reverseOwner(r), Dataset.REVERSE_DNS, ArtifactType.DOMAIN)
                        : each(r, owner(r), Dataset.DNS_RECORD, ArtifactType.DOMAIN);
            case "CNAME", "DNAME", "NS", "MX", "SOA", "SRV" ->
                each(r, owner(r), Dataset.DNS_RECORD, ArtifactType.DOMAIN);
            case "TXT", "SPF" -> each(r, owner(r), Dataset.DNS_RECORD, ArtifactType.KEYWORD);
            default ->
                throw new MalformedRecord(
                        "$.rrtype",
                        (RrTypes.isKnown(type) ? "rrtype " + type + " is not kept" : "unknown rrtype '" + type + "'")
                                + "; Cairn keeps " + KEPT);
        };
    }

    private List<Item> each(CofRecord r, Artifact subject, Dataset dataset, ArtifactType objectType)
            throws MalformedRecord {
        Map<String, String> attributes = attributes(r);
        List<Item> items = new ArrayList<>(r.rdata().size());
        for (int i = 0; i < r.rdata().size(); i++) {
            Artifact object = object(r, i, objectType);
            items.add(Item.of(new Observation(
                    subject, dataset, object, r.firstSeen(), r.lastSeen(), r.count(), sources, attributes)));
        }
        return items;
    }

    private Artifact object(CofRecord r, int index, ArtifactType type) throws MalformedRecord {
        String rdata = r.rdata().get(index);
        String value = switch (type) {
            case KEYWORD -> Rdata.text(rdata);
            case DOMAIN -> Rdata.target(r.rrtype(), rdata);
            default -> rdata;
        };
        String path = r.rdataIsArray() ? "$.rdata[" + index + "]" : "$.rdata";
        ParseResult parsed = type == ArtifactType.KEYWORD ? Artifacts.parse(type, value) : artifacts.parse(type, value);
        if (!(parsed instanceof ParseResult.Parsed p)) {
            throw new MalformedRecord(
                    path,
                    r.rrtype() + " rdata '" + rdata + "' is not " + article(type) + ": "
                            + ((ParseResult.NotAnArtifact) parsed).reason());
        }
        Artifact object = p.artifact();
        boolean v6 = object.value().indexOf(':') >= 0;
        if (r.rrtype().equals("A") && v6 || r.rrtype().equals("AAAA") && !v6) {
            throw new MalformedRecord(
                    path, r.rrtype() + " rdata '" + rdata + "' is an IPv" + (v6 ? 6 : 4) + " address");
        }
        return object;
    }

    private Artifact owner(CofRecord r) throws MalformedRecord {
        return switch (artifacts.parse(ArtifactType.DOMAIN, r.rrname())) {
            case ParseResult.Parsed p -> p.artifact();
            case ParseResult.NotAnArtifact n ->
                throw new MalformedRecord(
                        "$.rrname", "rrname '" + r.rrname() + "' is not a domain name: " + n.reason());
        };
    }

    private static Artifact reverseOwner(CofRecord r) throws MalformedRecord {
        return switch (ReverseNames.address(r.rrname())) {
            case ParseResult.Parsed p -> p.artifact();
            case ParseResult.NotAnArtifact n ->
                throw new MalformedRecord(
                        "$.rrname", "rrname '" + r.rrname() + "' names no single address: " + n.reason());
        };
    }

    private static Map<String, String> attributes(CofRecord r) {
        if (r.sensorId() == null && r.bailiwick() == null) {
            return Map.of("rrtype", r.rrtype());
        }
        Map<String, String> attributes = new HashMap<>(4);
        attributes.put("rrtype", r.rrtype());
        if (r.sensorId() != null) {
            attributes.put("sensor_id", r.sensorId());
        }
        if (r.bailiwick() != null) {
            attributes.put("bailiwick", r.bailiwick());
        }
        return attributes;
    }

    private static String article(ArtifactType type) {
        return switch (type) {
            case IP -> "an IP address";
            case DOMAIN -> "a domain name";
            default -> "a " + type.id();
        };
    }
}
