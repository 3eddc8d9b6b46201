package io.cairn.ingest.csv;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import java.util.HashSet;
import java.util.List;

/**
 * abuse.ch URLhaus CSV dumps ({@code # id,dateadded,url,url_status,last_online,threat,tags,...}): a URL
 * indicator per row, labelled with the threat, the tags and {@code offline} for URLs no longer served.
 */
public final class UrlhausFormat extends CsvFeed {
    public UrlhausFormat() {
        super(
                "urlhaus",
                "abuse.ch URLhaus CSV dump: malware URLs",
                List.of(Layout.rowOrComment(
                        90, "id", "dateadded", "url", "url_status", "last_online", "threat", "tags")));
    }

    @Override
    List<Item> items(Row row, ImportContext context) {
        var url = row.artifact(ArtifactType.URL, "url");
        var labels = new HashSet<>(row.list("tags", ","));
        String threat = row.optional("threat");
        if (threat != null) {
            labels.add(threat);
        }
        if (row.text("url_status").equalsIgnoreCase("offline")) {
            labels.add("offline");
        }
        var listing = Listing.seen(
                context.defaultConfidence(), row.time("dateadded"), row.optionalTime("last_online"), labels);
        return List.of(FeedIndicators.of(context, url, listing));
    }
}
