package io.cairn.ingest.csv;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import java.util.HashSet;
import java.util.List;

/**
 * abuse.ch Feodo Tracker botnet C2 IP blocklist (CSV): an address indicator per C2, labelled
 * {@code botnet_cc}, {@code malware:NAME}, the port, and {@code offline} once the C2 stopped answering.
 */
public final class FeodoFormat extends CsvFeed {
    public FeodoFormat() {
        super(
                "feodo",
                "abuse.ch Feodo Tracker botnet C2 IP blocklist (CSV)",
                List.of(Layout.rowOrComment(
                        90, "first_seen_utc", "dst_ip", "dst_port", "c2_status", "last_online", "malware")));
    }

    @Override
    List<Item> items(Row row, ImportContext context) {
        var ip = row.artifact(ArtifactType.IP, "dst_ip");
        int port = row.port("dst_port");
        var labels = new HashSet<String>();
        labels.add("botnet_cc");
        String malware = row.optional("malware");
        if (malware != null) {
            labels.add("malware:" + malware);
        }
        if (row.text("c2_status").equalsIgnoreCase("offline")) {
            labels.add("offline");
        }
        var listing = Listing.seen(
                context.defaultConfidence(), row.time("first_seen_utc"), row.optionalTime("last_online"), labels);
        return List.of(FeedIndicators.onPort(context, ip, port, listing));
    }
}
