package io.cairn.ingest.stix;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.stix.StixIds;
import io.cairn.stix.StixObject;
import io.cairn.stix.pattern.ArtifactMapping;
import io.cairn.stix.pattern.Pattern;
import io.cairn.stix.pattern.PatternResult;
import io.cairn.stix.pattern.StixPatterns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns STIX indicator objects into Cairn indicators, one per matchable artifact of the pattern. */
final class StixIndicators {
    private final String input;
    private final ImportContext context;

    StixIndicators(String input, ImportContext context) {
        this.input = input;
        this.context = context;
    }

    /** The record for one indicator read at {@code path}, e.g. {@code $.objects[3]}, marked {@code tlp}. */
    Read read(String path, StixObject object, Tlp tlp) {
        if (!hasStixPattern(object)) {
            // Patterns in other languages (Sigma, YARA, Snort) are kept as the object's document only.
            return Read.accepted(Position.path(input, 0, path), List.of());
        }
        String pattern = object.pattern().orElse(null);
        if (pattern == null) {
            return rejected(path, "pattern", object.id() + ": an indicator needs a pattern");
        }
        return switch (StixPatterns.parse(pattern)) {
            case PatternResult.Invalid invalid ->
                rejected(path, "pattern", object.id() + ": invalid STIX pattern " + invalid.first());
            case PatternResult.Parsed parsed -> indicator(path, object, pattern, parsed.pattern(), tlp);
        };
    }

    private Read indicator(String path, StixObject object, String text, Pattern pattern, Tlp tlp) {
        return switch (Versions.of(object, context, tlp)) {
            case Versions.Bad bad -> rejected(path, bad.property(), object.id() + ": " + bad.reason());
            case Versions.Good good ->
                Read.accepted(
                        Position.path(input, 0, path),
                        items(object.id(), text, StixPatterns.artifacts(pattern), good.version()));
        };
    }

    private List<Item> items(String stixId, String pattern, ArtifactMapping mapping, Version version) {
        String source = context.source();
        if (!(mapping instanceof ArtifactMapping.Matchable matchable)) {
            return List.of(Item.of(version.indicator(source, stixId, null, pattern)));
        }
        Set<Artifact> artifacts = new LinkedHashSet<>(matchable.artifacts());
        if (artifacts.size() == 1) {
            return List.of(Item.of(
                    version.indicator(source, stixId, artifacts.iterator().next(), pattern)));
        }
        // One indicator per artifact so each can be matched; the object's own id keeps the whole pattern.
        List<Item> items = new ArrayList<>();
        for (Artifact artifact : artifacts) {
            items.add(Item.of(version.indicator(source, derivedId(stixId, artifact), artifact, null)));
        }
        items.add(Item.of(version.indicator(source, stixId, null, pattern)));
        return items;
    }

    /** The id of the indicator for one artifact of a STIX indicator: the same on every import. */
    static String derivedId(String stixId, Artifact artifact) {
        return StixIds.deterministic(
                "indicator", StixIds.CAIRN_NAMESPACE, Map.of("stix_id", stixId, "artifact", artifact.toString()));
    }

    /** STIX 2.0 has no pattern_type: its patterns are all STIX patterns. */
    private static boolean hasStixPattern(StixObject object) {
        return object.patternType()
                .orElse(object.specVersion().isEmpty() ? "stix" : "")
                .equals("stix");
    }

    private Read rejected(String path, String property, String reason) {
        return Read.rejected(Position.path(input, 0, path + "." + property), reason);
    }
}
