package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.store.Project;
import io.cairn.store.ProjectArtifact;
import io.cairn.store.ProjectEvent;
import io.cairn.store.ProjectOutcome;
import io.cairn.store.ProjectStore;
import io.cairn.store.SavedGraph;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Projects in tables {@code project}, {@code project_member}, {@code project_artifact} and {@code project_history}. */
final class JdbcProjects implements ProjectStore {
    static final String PROJECT = """
            SELECT p.id, p.name, p.description, u.username, p.archived, p.created_at, p.updated_at
            FROM project p JOIN app_user u ON u.id = p.owner_id""";
    private static final String ARTIFACTS = """
            SELECT a.type, a.value, a.display, pa.tags, pa.note, u.username, pa.added_at
            FROM project_artifact pa JOIN artifact a ON a.id = pa.artifact_id JOIN app_user u ON u.id = pa.added_by
            WHERE pa.project_id = ? ORDER BY pa.added_at DESC, a.type, a.value""";
    private static final String HISTORY = """
            SELECT h.at, u.username, h.action, a.type, a.value, a.display, h.detail
            FROM project_history h LEFT JOIN app_user u ON u.id = h.actor_id LEFT JOIN artifact a ON a.id = h.artifact_id
            WHERE h.project_id = ? ORDER BY h.at, h.id""";

    private final Database database;
    private final JdbcSavedGraphs graphs;

    JdbcProjects(Database database) {
        this.database = database;
        this.graphs = new JdbcSavedGraphs(database);
    }

    @Override
    public ProjectOutcome<Project> create(String name, @Nullable String description, String owner) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        return database.query("creating project " + name, connection -> {
            connection.setAutoCommit(false);
            return Transactions.commitOrRollBack(connection, () -> {
                Long ownerId = userId(connection, owner);
                if (ownerId == null) {
                    return new ProjectOutcome.NoSuchUser<>(owner);
                }
                Instant now = Dialect.stored(Instant.now());
                Dialect dialect = database.dialect();
                long id;
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO project (name, description, owner_id, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                    insert.setString(1, name);
                    insert.setString(2, description);
                    insert.setLong(3, ownerId);
                    dialect.setInstant(insert, 4, now);
                    dialect.setInstant(insert, 5, now);
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        id = rows.getLong(1);
                    }
                }
                try (PreparedStatement member = connection.prepareStatement(
                        "INSERT INTO project_member (project_id, user_id, role) VALUES (?, ?, 'owner')")) {
                    member.setLong(1, id);
                    member.setLong(2, ownerId);
                    member.executeUpdate();
                }
                history(connection, dialect, id, now, ownerId, "created", null, name);
                return new ProjectOutcome.Done<>(new Project(id, name, description, owner, false, now, now));
            });
        });
    }

    @Override
    public Optional<Project> project(long id) {
        return database.query("reading project " + id, connection -> Optional.ofNullable(project(connection, id)));
    }

    @Override
    public List<Project> named(String name) {
        return projects("finding projects named " + name, PROJECT + " WHERE p.name = ? ORDER BY p.id", name);
    }

    @Override
    public List<Project> list(int limit) {
        return projects("listing projects", PROJECT + " ORDER BY p.updated_at DESC, p.id DESC LIMIT " + limit);
    }

    @Override
    public ProjectOutcome<ProjectArtifact> addArtifact(
            long projectId, Artifact artifact, Set<String> tags, @Nullable String note, String actor) {
        return database.query("adding " + artifact + " to project " + projectId, connection -> {
            connection.setAutoCommit(false);
            return Transactions.commitOrRollBack(
                    connection,
                    () -> new ProjectArtifacts(connection, database.dialect())
                            .add(projectId, artifact, tags, note, actor));
        });
    }

    @Override
    public List<ProjectArtifact> artifacts(long projectId) {
        Dialect dialect = database.dialect();
        return database.query("reading the artifacts of project " + projectId, connection -> {
            List<ProjectArtifact> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(ARTIFACTS)) {
                select.setLong(1, projectId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new ProjectArtifact(
                                ArtifactRows.artifact(rows, 1),
                                dialect.strings(rows, 4),
                                rows.getString(5),
                                rows.getString(6),
                                dialect.instant(rows, 7)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<ProjectEvent> history(long projectId) {
        Dialect dialect = database.dialect();
        return database.query("reading the history of project " + projectId, connection -> {
            List<ProjectEvent> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(HISTORY)) {
                select.setLong(1, projectId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        rows.getInt(4);
                        @Nullable Artifact artifact = rows.wasNull() ? null : ArtifactRows.artifact(rows, 4);
                        out.add(new ProjectEvent(
                                dialect.instant(rows, 1),
                                rows.getString(2),
                                rows.getString(3),
                                artifact,
                                rows.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<Project> forArtifact(Artifact artifact) {
        List<Project> projects = projects(
                "finding the projects holding " + artifact,
                PROJECT + " JOIN project_artifact pa ON pa.project_id = p.id JOIN artifact a ON a.id = pa.artifact_id"
                        + " WHERE a.type = ? AND a.value = ?",
                Codes.of(artifact.type()),
                artifact.value());
        // Sorted here: PostgreSQL's ORDER BY follows the database collation, not code points.
        return projects.stream()
                .sorted(java.util.Comparator.comparing(Project::name).thenComparingLong(Project::id))
                .toList();
    }

    @Override
    public ProjectOutcome<SavedGraph> saveGraph(long projectId, SavedGraph.Draft graph, String actor) {
        return graphs.save(projectId, graph, actor);
    }

    @Override
    public Optional<SavedGraph> graph(long projectId, String name) {
        return graphs.graph(projectId, name);
    }

    @Override
    public List<SavedGraph.Summary> graphs(long projectId) {
        return graphs.list(projectId);
    }

    static @Nullable Long userId(Connection connection, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    static @Nullable Project project(Connection connection, Dialect dialect, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PROJECT + " WHERE p.id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? read(rows, dialect) : null;
            }
        }
    }

    private @Nullable Project project(Connection connection, long id) throws SQLException {
        return project(connection, database.dialect(), id);
    }

    static void history(
            Connection connection,
            Dialect dialect,
            long projectId,
            Instant at,
            long actorId,
            String action,
            @Nullable Long artifactId,
            @Nullable String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO project_history (project_id, at, actor_id, action, artifact_id, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, projectId);
            dialect.setInstant(insert, 2, at);
            insert.setLong(3, actorId);
            insert.setString(4, action);
            if (artifactId == null) {
                insert.setNull(5, java.sql.Types.BIGINT);
            } else {
                insert.setLong(5, artifactId);
            }
            insert.setString(6, detail);
            insert.executeUpdate();
        }
        try (PreparedStatement touch = connection.prepareStatement("UPDATE project SET updated_at = ? WHERE id = ?")) {
            dialect.setInstant(touch, 1, at);
            touch.setLong(2, projectId);
            touch.executeUpdate();
        }
    }

    private List<Project> projects(String what, String sql, Object... parameters) {
        Dialect dialect = database.dialect();
        return database.query(what, connection -> {
            List<Project> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(read(rows, dialect));
                    }
                }
            }
            return out;
        });
    }

    private static Project read(ResultSet rows, Dialect dialect) throws SQLException {
        return new Project(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getBoolean(5),
                dialect.instant(rows, 6),
                dialect.instant(rows, 7));
    }
}
