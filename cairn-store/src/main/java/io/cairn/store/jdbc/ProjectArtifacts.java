package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.store.ProjectArtifact;
import io.cairn.store.ProjectOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Adding an artifact to a project inside one transaction: the row, then a line of history. */
final class ProjectArtifacts {
    private final Connection connection;
    private final Dialect dialect;

    ProjectArtifacts(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    ProjectOutcome<ProjectArtifact> add(
            long projectId, Artifact artifact, Set<String> tags, @Nullable String note, String actor)
            throws SQLException {
        Long actorId = JdbcProjects.userId(connection, actor);
        if (actorId == null) {
            return new ProjectOutcome.NoSuchUser<>(actor);
        }
        if (JdbcProjects.project(connection, dialect, projectId) == null) {
            return new ProjectOutcome.NoSuchProject<>(projectId);
        }
        Long artifactId = artifactId(artifact);
        if (artifactId == null) {
            return new ProjectOutcome.NoSuchArtifact<>(artifact);
        }
        Instant now = Dialect.stored(Instant.now());
        boolean held = held(projectId, artifactId);
        String sql = held
                ? "UPDATE project_artifact SET tags = ?, note = ? WHERE project_id = ? AND artifact_id = ?"
                : "INSERT INTO project_artifact (tags, note, project_id, artifact_id, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            dialect.setStrings(write, 1, tags);
            write.setString(2, note);
            write.setLong(3, projectId);
            write.setLong(4, artifactId);
            if (!held) {
                write.setLong(5, actorId);
                dialect.setInstant(write, 6, now);
            }
            write.executeUpdate();
        }
        String detail = "tags " + new TreeSet<>(tags) + (note == null ? "" : "; note: " + note);
        JdbcProjects.history(
                connection,
                dialect,
                projectId,
                now,
                actorId,
                held ? "artifact-tagged" : "artifact-added",
                artifactId,
                detail);
        return new ProjectOutcome.Done<>(added(projectId, artifactId, artifact));
    }

    private @Nullable Long artifactId(Artifact artifact) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id FROM artifact WHERE type = ? AND value = ?")) {
            select.setInt(1, Codes.of(artifact.type()));
            select.setString(2, artifact.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private boolean held(long projectId, long artifactId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM project_artifact WHERE project_id = ? AND artifact_id = ?")) {
            select.setLong(1, projectId);
            select.setLong(2, artifactId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private ProjectArtifact added(long projectId, long artifactId, Artifact artifact) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT pa.tags, pa.note, u.username, pa.added_at
                FROM project_artifact pa JOIN app_user u ON u.id = pa.added_by
                WHERE pa.project_id = ? AND pa.artifact_id = ?""")) {
            select.setLong(1, projectId);
            select.setLong(2, artifactId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new ProjectArtifact(
                        artifact,
                        dialect.strings(rows, 1),
                        rows.getString(2),
                        rows.getString(3),
                        dialect.instant(rows, 4));
            }
        }
    }
}
