package io.cairn.ingest.csv;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Any CSV with a header naming a {@code value} column. Optional columns: {@code type} (an artifact
 * type id; detected from the value when blank), {@code confidence} (0-100; the import's default when
 * blank), {@code tags} (separated by {@code ;} or {@code |}), {@code first_seen} and {@code last_seen}
 * (ISO-8601; without them a row is seen at import time, at a fixed version). Other columns are
 * ignored, and lines starting with {@code #} are comments.
 */
public final class GenericCsvFormat extends CsvFeed {
    private static final String TYPES =
            Arrays.stream(ArtifactType.values()).map(ArtifactType::id).collect(Collectors.joining(", "));

    public GenericCsvFormat() {
        super(
                "csv",
                "CSV with a header row: value[,type,confidence,tags,first_seen,last_seen]",
                List.of(Layout.row(50, "value")));
    }

    @Override
    List<Item> items(Row row, ImportContext context) {
        String type = row.optional("type");
        Artifact artifact = type == null ? row.detected("value") : row.artifact(artifactType(type), "value");
        int confidence = row.confidence("confidence", context.defaultConfidence());
        Set<String> labels = Set.copyOf(row.list("tags", ";|"));
        Instant first = row.optionalTime("first_seen");
        Instant last = row.optionalTime("last_seen");
        Listing listing;
        if (first == null && last == null) {
            listing = Listing.undated(confidence, context, labels);
        } else {
            listing = Listing.seen(confidence, first != null ? first : last, last, labels);
        }
        return List.of(FeedIndicators.of(context, artifact, listing));
    }

    private static ArtifactType artifactType(String type) {
        return ArtifactType.fromId(type.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadRow("type '" + type + "' is not an artifact type (" + TYPES + ")"));
    }
}
