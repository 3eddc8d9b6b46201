package io.cairn.web.graph;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /graph/expand} takes: the seed and, optionally, how far and how wide to go.
 *
 * @param datasets dataset names to follow; absent or empty for all
 * @param since ISO-8601 time or date: only observations last seen at or after it
 */
public record ExpandBody(
        SeedDto seed,
        @Nullable Integer depth,
        @Nullable List<String> datasets,
        @Nullable String since,
        @Nullable Integer maxNodes,
        @Nullable Integer fanOut,
        @Nullable Long hubThreshold,
        @Nullable Boolean expandHubs) {

    /** An artifact named by type and value, as typed (defanged forms are accepted). */
    public record SeedDto(String type, String value) {}
}
