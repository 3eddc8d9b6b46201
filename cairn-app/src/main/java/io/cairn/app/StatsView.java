package io.cairn.app;

import io.cairn.store.ProfileStore;
import io.cairn.store.StoreStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** {@code cairn db stats} output: the same counts as JSON or as an indented listing. */
record StatsView(
        Map<String, Long> tables,
        Map<String, Long> artifactsByType,
        Map<String, Long> observationsByDataset,
        Map<String, Long> indicatorsBySource,
        Map<String, ProfileStore.ActiveCount> profiles) {

    static StatsView of(StoreStats s) {
        Map<String, Long> types = new LinkedHashMap<>();
        s.artifactsPerType().forEach((k, v) -> types.put(k.id(), v));
        Map<String, Long> datasets = new LinkedHashMap<>();
        s.observationsPerDataset().forEach((k, v) -> datasets.put(k.id(), v));
        Map<String, ProfileStore.ActiveCount> profiles = new LinkedHashMap<>();
        s.profilesPerKind().forEach((k, v) -> profiles.put(k.id(), v));
        return new StatsView(s.rowsPerTable(), types, datasets, s.indicatorsPerSource(), profiles);
    }

    static String text(StoreStats s) {
        var v = of(s);
        var out = new StringJoiner("\n");
        section(out, "tables", v.tables());
        section(out, "artifacts by type", v.artifactsByType());
        section(out, "observations by dataset", v.observationsByDataset());
        section(out, "indicators by source", v.indicatorsBySource());
        out.add("profiles by kind" + (v.profiles().isEmpty() ? ": none" : ":"));
        v.profiles()
                .forEach((k, n) ->
                        out.add(String.format("  %-28s %,d active, %,d inactive", k, n.active(), n.inactive())));
        return out.toString();
    }

    private static void section(StringJoiner out, String title, Map<String, Long> counts) {
        out.add(title + (counts.isEmpty() ? ": none" : ":"));
        counts.forEach((k, n) -> out.add(String.format("  %-28s %,d", k, n)));
    }
}
