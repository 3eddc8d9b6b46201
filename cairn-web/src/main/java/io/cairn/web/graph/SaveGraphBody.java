package io.cairn.web.graph;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What saving a graph takes: the expansion to run and keep, with notes and layout hints for the
 * page that shows it.
 */
public record SaveGraphBody(
        ExpandBody expansion,
        @Nullable String notes,
        @Nullable Map<String, String> layout) {}
