package io.cairn.ingest.csv;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * abuse.ch SSLBL certificate blacklist ({@code # Listingdate,SHA1,Listingreason}): a certificate
 * indicator per SHA-1 fingerprint. A reason {@code NAME C&C} becomes labels {@code botnet_cc} and
 * {@code malware:NAME}; any other reason is kept as it is.
 */
public final class SslblFormat extends CsvFeed {
    private static final String C2 = " C&C";

    public SslblFormat() {
        super(
                "sslbl",
                "abuse.ch SSLBL SSL certificate blacklist (CSV, SHA-1 fingerprints)",
                List.of(Layout.rowOrComment(90, "listingdate", "sha1", "listingreason")));
    }

    @Override
    List<Item> items(Row row, ImportContext context) {
        var cert = row.artifact(ArtifactType.CERT, "sha1");
        var listing = Listing.seen(
                context.defaultConfidence(), row.time("listingdate"), null, labels(row.optional("listingreason")));
        return List.of(FeedIndicators.of(context, cert, listing));
    }

    private static Set<String> labels(@Nullable String reason) {
        if (reason == null) {
            return Set.of();
        }
        if (!reason.endsWith(C2)) {
            return Set.of(reason);
        }
        String malware = reason.substring(0, reason.length() - C2.length()).strip();
        // "Malware C&C" names no family.
        return malware.isEmpty() || malware.equalsIgnoreCase("malware")
                ? Set.of("botnet_cc")
                : Set.of("botnet_cc", "malware:" + malware);
    }
}
