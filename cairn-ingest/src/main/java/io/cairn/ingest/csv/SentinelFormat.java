package io.cairn.ingest.csv;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CSV IOC lists of Microsoft Sentinel's sample feeds. {@code DateAdded,IoC,Type} lists hold
 * addresses, domains and hashes, which become artifact indicators, and file names, file paths and
 * user agents, which become pattern-only indicators; a "file path" that is really a command line
 * becomes a process pattern. {@code IPAddress} lists hold bare addresses without dates.
 */
public final class SentinelFormat extends CsvFeed {
    /** A quote or a {@code /X} or {@code -x} switch marks a command line rather than a path. */
    private static final Pattern COMMAND_LINE = Pattern.compile("\"|\\s[/-]\\w");

    public SentinelFormat() {
        super(
                "sentinel",
                "Microsoft Sentinel sample IOC list (DateAdded,IoC,Type or IPAddress)",
                List.of(Layout.row(90, "dateadded", "ioc", "type"), Layout.row(60, "ipaddress")));
    }

    @Override
    List<Item> items(Row row, ImportContext context) {
        if (!row.has("ioc")) {
            var listing = Listing.undated(context.defaultConfidence(), context, Set.of());
            return List.of(FeedIndicators.of(context, row.artifact(ArtifactType.IP, "ipaddress"), listing));
        }
        String added = row.required("dateadded");
        Instant date = FeedTimes.usDate(added)
                .orElseThrow(() -> new BadRow("dateadded '" + added + "' is not a month/day/year date"));
        var listing = Listing.seen(context.defaultConfidence(), date, null, Set.of());
        String value = row.required("ioc");
        String type = row.required("type").toLowerCase(Locale.ROOT);
        return List.of(
                switch (type) {
                    case "ip", "ipv4", "ipv6" ->
                        FeedIndicators.of(context, row.artifact(ArtifactType.IP, "ioc"), listing);
                    case "domainname", "domain" ->
                        FeedIndicators.of(context, row.artifact(ArtifactType.DOMAIN, "ioc"), listing);
                    case "url" -> FeedIndicators.of(context, row.artifact(ArtifactType.URL, "ioc"), listing);
                    case "md5" -> FeedIndicators.of(context, row.artifact(ArtifactType.MD5, "ioc"), listing);
                    case "sha1" -> FeedIndicators.of(context, row.artifact(ArtifactType.SHA1, "ioc"), listing);
                    case "sha256" -> FeedIndicators.of(context, row.artifact(ArtifactType.SHA256, "ioc"), listing);
                    case "filename" -> FeedIndicators.ofPattern(context, StixPatterns.fileName(value), listing);
                    case "filepath" ->
                        FeedIndicators.ofPattern(
                                context,
                                COMMAND_LINE.matcher(value).find()
                                        ? StixPatterns.commandLine(value)
                                        : StixPatterns.filePath(value),
                                listing);
                    case "useragent" -> FeedIndicators.ofPattern(context, StixPatterns.userAgent(value), listing);
                    default ->
                        throw new BadRow("type '" + type + "' is not one Cairn imports (ip, domainname, url, md5, sha1,"
                                + " sha256, filename, filepath, useragent)");
                });
    }
}
