package io.cairn.ingest.csv;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * abuse.ch ThreatFox CSV exports: one indicator per IOC with ThreatFox's own confidence, labelled
 * with the threat type, {@code malware:NAME} and the tags. An {@code ip:port} IOC is the address,
 * with the port as a label.
 */
public final class ThreatFoxFormat extends CsvFeed {
    private static final Map<String, ArtifactType> TYPES = Map.of(
            "domain", ArtifactType.DOMAIN,
            "url", ArtifactType.URL,
            "md5_hash", ArtifactType.MD5,
            "sha1_hash", ArtifactType.SHA1,
            "sha256_hash", ArtifactType.SHA256);

    public ThreatFoxFormat() {
        super(
                "threatfox",
                "abuse.ch ThreatFox CSV export: IOCs of malware",
                List.of(Layout.rowOrComment(90, "first_seen_utc", "ioc_id", "ioc_value", "ioc_type", "threat_type")));
    }

    @Override
    List<Item> items(Row row, ImportContext context) {
        var labels = new HashSet<>(row.list("tags", ","));
        String threat = row.optional("threat_type");
        if (threat != null) {
            labels.add(threat);
        }
        String malware = row.optional("malware_printable");
        if (malware != null && !row.text("fk_malware").equalsIgnoreCase("unknown")) {
            labels.add("malware:" + malware);
        }
        int confidence = row.confidence("confidence_level", context.defaultConfidence());
        var listing = Listing.seen(confidence, row.time("first_seen_utc"), row.optionalTime("last_seen_utc"), labels);
        String type = row.required("ioc_type");
        if (type.equals("ip:port")) {
            return List.of(ipPort(row, context, listing));
        }
        ArtifactType artifactType = TYPES.get(type);
        if (artifactType == null) {
            throw new BadRow("ioc_type '" + type
                    + "' is not one Cairn imports (ip:port, domain, url, md5_hash, sha1_hash, sha256_hash)");
        }
        return List.of(FeedIndicators.of(context, row.artifact(artifactType, "ioc_value"), listing));
    }

    private static Item ipPort(Row row, ImportContext context, Listing listing) {
        String value = row.required("ioc_value");
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? value : value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0 || colon < 0) {
            throw new BadRow("ioc_value '" + value + "' is not address:port (an IPv6 address goes in brackets)");
        }
        var ip = Row.artifact(ArtifactType.IP, "ioc_value", host);
        return FeedIndicators.onPort(context, ip, Row.port("ioc_value port", value.substring(colon + 1)), listing);
    }
}
