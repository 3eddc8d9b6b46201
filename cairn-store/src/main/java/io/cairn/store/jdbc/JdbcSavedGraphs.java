package io.cairn.store.jdbc;

import io.cairn.store.ProjectOutcome;
import io.cairn.store.SavedGraph;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Saved graphs in table {@code saved_graph}, one row per project and name. */
final class JdbcSavedGraphs {
    private static final String SELECT = """
            SELECT g.id, g.project_id, g.name, g.nodes, g.edges, g.notes, g.layout,
                   c.username, g.created_at, u.username, g.updated_at
            FROM saved_graph g JOIN app_user c ON c.id = g.created_by JOIN app_user u ON u.id = g.updated_by
            WHERE g.project_id = ?""";

    private final Database database;

    JdbcSavedGraphs(Database database) {
        this.database = database;
    }

    ProjectOutcome<SavedGraph> save(long projectId, SavedGraph.Draft graph, String actor) {
        Dialect dialect = database.dialect();
        String json = dialect.jsonParameter();
        return database.query("saving graph " + graph.name() + " in project " + projectId, connection -> {
            connection.setAutoCommit(false);
            return Transactions.commitOrRollBack(connection, () -> {
                Long actorId = JdbcProjects.userId(connection, actor);
                if (actorId == null) {
                    return new ProjectOutcome.NoSuchUser<>(actor);
                }
                if (JdbcProjects.project(connection, dialect, projectId) == null) {
                    return new ProjectOutcome.NoSuchProject<>(projectId);
                }
                Instant now = Dialect.stored(Instant.now());
                boolean exists = read(connection, projectId, graph.name()) != null;
                String sql = exists
                        ? "UPDATE saved_graph SET nodes = " + json + ", edges = " + json + ", notes = ?, layout = "
                                + json + ", updated_by = ?, updated_at = ? WHERE project_id = ? AND name = ?"
                        : "INSERT INTO saved_graph (nodes, edges, notes, layout, updated_by, updated_at, project_id,"
                                + " name, created_by, created_at) VALUES (" + json + ", " + json + ", ?, " + json
                                + ", ?, ?, ?, ?, ?, ?)";
                try (PreparedStatement write = connection.prepareStatement(sql)) {
                    write.setString(1, GraphJson.nodes(graph.nodes()));
                    write.setString(2, GraphJson.edges(graph.edges()));
                    write.setString(3, graph.notes());
                    write.setString(4, Json.map(graph.layout()));
                    write.setLong(5, actorId);
                    dialect.setInstant(write, 6, now);
                    write.setLong(7, projectId);
                    write.setString(8, graph.name());
                    if (!exists) {
                        write.setLong(9, actorId);
                        dialect.setInstant(write, 10, now);
                    }
                    write.executeUpdate();
                }
                JdbcProjects.history(
                        connection,
                        dialect,
                        projectId,
                        now,
                        actorId,
                        exists ? "graph-updated" : "graph-saved",
                        null,
                        graph.name() + ": " + graph.nodes().size() + " nodes, "
                                + graph.edges().size() + " edges");
                SavedGraph saved = read(connection, projectId, graph.name());
                return new ProjectOutcome.Done<>(java.util.Objects.requireNonNull(saved));
            });
        });
    }

    Optional<SavedGraph> graph(long projectId, String name) {
        return database.query(
                "reading graph " + name + " of project " + projectId,
                connection -> Optional.ofNullable(read(connection, projectId, name)));
    }

    List<SavedGraph.Summary> list(long projectId) {
        Dialect dialect = database.dialect();
        return database.query("listing the graphs of project " + projectId, connection -> {
            List<SavedGraph.Summary> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setLong(1, projectId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        SavedGraph graph = read(rows, dialect);
                        out.add(new SavedGraph.Summary(
                                graph.id(),
                                projectId,
                                graph.name(),
                                graph.graph().nodes().size(),
                                graph.graph().edges().size(),
                                graph.updatedBy(),
                                graph.updatedAt()));
                    }
                }
            }
            out.sort(Comparator.comparing(SavedGraph.Summary::name));
            return out;
        });
    }

    private @Nullable SavedGraph read(Connection connection, long projectId, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " AND g.name = ?")) {
            select.setLong(1, projectId);
            select.setString(2, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? read(rows, database.dialect()) : null;
            }
        }
    }

    private static SavedGraph read(ResultSet rows, Dialect dialect) throws SQLException {
        return new SavedGraph(
                rows.getLong(1),
                rows.getLong(2),
                new SavedGraph.Draft(
                        rows.getString(3),
                        GraphJson.nodes(rows.getString(4)),
                        GraphJson.edges(rows.getString(5)),
                        rows.getString(6),
                        Json.map(rows.getString(7))),
                rows.getString(8),
                dialect.instant(rows, 9),
                rows.getString(10),
                dialect.instant(rows, 11));
    }
}
