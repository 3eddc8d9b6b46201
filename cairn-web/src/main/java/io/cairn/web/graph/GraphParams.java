package io.cairn.web.graph;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.observation.Dataset;
import io.javalin.http.BadRequestResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parsing shared by the graph routes: datasets, artifacts named in parameters or bodies, bounds. */
final class GraphParams {
    static final int MAX_NODES = 2000;
    static final int MAX_FAN_OUT = 1000;
    static final int MAX_PIVOT_LIMIT = 1000;

    private static final List<String> DATASETS =
            Arrays.stream(Dataset.values()).map(Dataset::id).toList();
    private static final List<String> TYPES =
            Arrays.stream(ArtifactType.values()).map(ArtifactType::id).toList();

    private GraphParams() {}

    /** Datasets from names (comma-separated in query parameters); none means all. */
    static Set<Dataset> datasets(String field, @Nullable List<String> names) {
        Set<Dataset> datasets = EnumSet.noneOf(Dataset.class);
        if (names == null) {
            return datasets;
        }
        for (String name : names) {
            for (String part : name.split(",")) {
                String id = part.strip();
                if (!id.isEmpty()) {
                    datasets.add(Dataset.fromId(id)
                            .orElseThrow(() -> new BadRequestResponse(field + " must name datasets among "
                                    + String.join(", ", DATASETS) + ", not '" + id + "'")));
                }
            }
        }
        return datasets;
    }

    /** An artifact of a named type, or detected (with refang) when no type is given. */
    static Artifact artifact(String field, @Nullable String type, String value) {
        ParseResult parsed;
        if (type == null) {
            parsed = Artifacts.parse(value);
        } else {
            ArtifactType t = ArtifactType.fromId(type)
                    .orElseThrow(() -> new BadRequestResponse(
                            field + " type must be one of " + String.join(", ", TYPES) + ", not '" + type + "'"));
            parsed = Artifacts.parse(t, value);
        }
        return switch (parsed) {
            case ParseResult.Parsed p -> p.artifact();
            case ParseResult.NotAnArtifact rejected ->
                throw new BadRequestResponse(field + " is not an artifact: " + rejected.reason());
        };
    }

    static int bounded(String field, @Nullable Integer value, int def, int min, int max) {
        int v = value == null ? def : value;
        if (v < min || v > max) {
            throw new BadRequestResponse(field + " must be from " + min + " to " + max + ", not " + v);
        }
        return v;
    }
}
