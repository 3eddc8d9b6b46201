package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Stored ids of many artifacts at once: one {@code type = ? AND value IN (…)} probe of the artifact
 * key per type and chunk, so a thousand artifacts take a few statements, not a thousand.
 */
final class ArtifactIds {

    private ArtifactIds() {}

    /** The ids of those {@code artifacts} the store knows; unknown ones are left out. */
    static Map<Artifact, Long> of(Connection connection, Collection<Artifact> artifacts) throws SQLException {
        Map<ArtifactType, List<String>> byType = new EnumMap<>(ArtifactType.class);
        for (Artifact artifact : new LinkedHashSet<>(artifacts)) {
            byType.computeIfAbsent(artifact.type(), t -> new ArrayList<>()).add(artifact.value());
        }
        Map<Artifact, Long> ids = new HashMap<>();
        for (Map.Entry<ArtifactType, List<String>> type : byType.entrySet()) {
            for (List<String> chunk : InList.chunks(type.getValue())) {
                try (PreparedStatement select = connection.prepareStatement("SELECT id, value FROM artifact"
                        + " WHERE type = ? AND value IN " + InList.placeholders(chunk.size()))) {
                    select.setInt(1, Codes.of(type.getKey()));
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.put(Artifact.of(type.getKey(), rows.getString(2)), rows.getLong(1));
                        }
                    }
                }
            }
        }
        return ids;
    }
}
