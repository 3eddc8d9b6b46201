package io.cairn.ingest.observations;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.ingest.MalformedRecord;
import io.cairn.observation.Dataset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@code type:value} artifacts and checks that they fit their end of the dataset. */
final class TypedArtifacts {
    private static final String TYPES =
            Arrays.stream(ArtifactType.values()).map(ArtifactType::id).collect(Collectors.joining(", "));

    private TypedArtifacts() {}

    static Artifact parse(String field, String text, Dataset dataset, Set<ArtifactType> allowed)
            throws MalformedRecord {
        String path = "$." + field;
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new MalformedRecord(path, field + " '" + text + "' is not type:value, as in domain:shop.example.com");
        }
        String typeName = text.substring(0, colon);
        Optional<ArtifactType> type = ArtifactType.fromId(typeName);
        if (type.isEmpty()) {
            throw new MalformedRecord(path, field + " has unknown artifact type '" + typeName + "'; known: " + TYPES);
        }
        if (!allowed.contains(type.get())) {
            throw new MalformedRecord(
                    path, "a " + dataset.id() + " " + field + " is " + names(allowed) + ", not " + typeName);
        }
        String value = text.substring(colon + 1);
        return switch (Artifacts.parse(type.get(), value)) {
            case ParseResult.Parsed p -> p.artifact();
            case ParseResult.NotAnArtifact n ->
                throw new MalformedRecord(
                        path, field + " '" + value + "' is not a valid " + typeName + ": " + n.reason());
        };
    }

    private static String names(Set<ArtifactType> types) {
        return types.stream().map(ArtifactType::id).sorted().collect(Collectors.joining(" or "));
    }
}
