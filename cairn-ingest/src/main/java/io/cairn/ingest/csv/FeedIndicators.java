package io.cairn.ingest.csv;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.stix.StixIds;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns listings into indicators. The STIX id is a UUIDv5 over the source and what is listed, so
 * every import of the same feed names the same indicator and the store versions it by {@code
 * modified}.
 */
final class FeedIndicators {
    private FeedIndicators() {}

    static Item of(ImportContext context, Artifact artifact, Listing listing) {
        var identity = Map.of("source", context.source(), "artifact", artifact.toString());
        return build(context, artifact, StixPatterns.of(artifact), identity, listing.labels(), listing);
    }

    /**
     * An artifact listed with a port, as C2 lists do: the port becomes a label {@code port:N} and part
     * of the identity, so one address listed on two ports stays two indicators.
     */
    static Item onPort(ImportContext context, Artifact artifact, int port, Listing listing) {
        var identity =
                Map.<String, Object>of("source", context.source(), "artifact", artifact.toString(), "port", port);
        Set<String> labels = new HashSet<>(listing.labels());
        labels.add("port:" + port);
        return build(context, artifact, StixPatterns.of(artifact), identity, labels, listing);
    }

    /** A compound indicator that names no artifact Cairn stores, only a STIX pattern. */
    static Item ofPattern(ImportContext context, String pattern, Listing listing) {
        var identity = Map.of("source", context.source(), "pattern", pattern);
        return build(context, null, pattern, identity, listing.labels(), listing);
    }

    private static Item build(
            ImportContext context,
            @Nullable Artifact artifact,
            @Nullable String pattern,
            Map<String, ?> identity,
            Set<String> labels,
            Listing listing) {
        return Item.of(new Indicator(
                artifact,
                pattern,
                context.source(),
                StixIds.deterministic("indicator", StixIds.CAIRN_NAMESPACE, identity),
                listing.modified(),
                listing.confidence(),
                context.tlp(),
                listing.firstSeen(),
                null,
                false,
                labels,
                List.of(),
                listing.firstSeen(),
                listing.lastSeen()));
    }
}
