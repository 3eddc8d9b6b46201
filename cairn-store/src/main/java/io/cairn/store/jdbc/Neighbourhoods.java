package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.DatasetCount;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The neighbourhoods of many artifacts in a bounded number of statements: their ids in one batch
 * ({@link ArtifactIds}), then per chunk of {@value InList#CHUNK} ids one statement for the edges and
 * one for the degrees, each reading both sides through the {@code (self, dataset, last_seen, other)}
 * indexes of V9.
 *
 * <p>Edges are ranked per artifact with window functions, which both databases have. A first rank
 * by last seen alone, on observation rows only, keeps the candidates for the top {@code limit}
 * (ties included); only those look up their other end, whose value breaks the remaining ties. So
 * an artifact with a million observations costs a sort of its own rows, not a million lookups.
 */
final class Neighbourhoods {

    private final Database database;

    Neighbourhoods(Database database) {
        this.database = database;
    }

    List<Neighbourhood> of(NeighbourQuery query) {
        if (query.artifacts().isEmpty()) {
            return List.of();
        }
        return database.query(
                "reading the neighbourhoods of " + query.artifacts().size() + " artifacts", connection -> {
                    Map<Artifact, Long> ids = ArtifactIds.of(connection, query.artifacts());
                    Map<Long, Artifact> selves = new LinkedHashMap<>();
                    for (Artifact artifact : query.artifacts()) {
                        Long id = ids.get(artifact);
                        if (id != null) {
                            selves.putIfAbsent(id, artifact);
                        }
                    }
                    Map<Long, List<Observation>> edges = new HashMap<>();
                    Map<Long, Map<Dataset, long[]>> degrees = new HashMap<>();
                    for (List<Long> chunk : InList.chunks(selves.keySet())) {
                        if (query.perArtifactLimit() > 0) {
                            edges(connection, chunk, query, selves, edges);
                        }
                        degrees(connection, chunk, query, degrees);
                    }
                    List<Neighbourhood> found =
                            new ArrayList<>(query.artifacts().size());
                    for (Artifact artifact : query.artifacts()) {
                        Long id = ids.get(artifact);
                        found.add(new Neighbourhood(
                                artifact,
                                id == null ? List.of() : edges.getOrDefault(id, List.of()),
                                id == null ? List.of() : counts(degrees.get(id))));
                    }
                    return found;
                });
    }

    private void edges(
            Connection connection,
            List<Long> ids,
            NeighbourQuery query,
            Map<Long, Artifact> selves,
            Map<Long, List<Observation>> edges)
            throws SQLException {
        Parameters parameters = new Parameters();
        String sql = "WITH edge AS (SELECT o.subject_id AS self_id, 0 AS side, o.dataset, o.object_id AS other_id, "
                + ObservationColumns.of("o") + " FROM observation o WHERE "
                + where("subject_id", ids, query, parameters)
                + " UNION ALL SELECT o.object_id, 1, o.dataset, o.subject_id, " + ObservationColumns.of("o")
                + " FROM observation o WHERE " + where("object_id", ids, query, parameters)
                + "), recent AS (SELECT e.*, RANK() OVER (PARTITION BY e.self_id ORDER BY e.last_seen DESC) AS recency"
                + " FROM edge e), named AS (SELECT r.*, " + other("value", "r")
                + " AS other_value FROM recent r WHERE r.recency <= ?), placed AS (SELECT n.*, ROW_NUMBER() OVER"
                + " (PARTITION BY n.self_id ORDER BY n.last_seen DESC, n.other_value, n.other_id, n.dataset, n.side)"
                + " AS place FROM named n) SELECT p.self_id, p.side, p.dataset, " + other("type", "p")
                + ", p.other_value, " + other("display", "p") + ", " + ObservationColumns.of("p")
                + " FROM placed p WHERE p.place <= ? ORDER BY p.self_id, p.place";
        parameters.add(query.perArtifactLimit()).add(query.perArtifactLimit());
        Dialect dialect = database.dialect();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            parameters.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long self = rows.getLong(1);
                    Side side = rows.getInt(2) == 0 ? Side.SUBJECT : Side.OBJECT;
                    Dataset dataset = Codes.dataset(rows.getInt(3));
                    Artifact other = ArtifactRows.artifact(rows, 4);
                    edges.computeIfAbsent(self, id -> new ArrayList<>())
                            .add(ObservationColumns.read(rows, 7, dialect, selves.get(self), side, dataset, other));
                }
            }
        }
    }

    private void degrees(
            Connection connection, List<Long> ids, NeighbourQuery query, Map<Long, Map<Dataset, long[]>> degrees)
            throws SQLException {
        Parameters parameters = new Parameters();
        String sql = "SELECT o.subject_id, 0, o.dataset, count(*) FROM observation o WHERE "
                + where("subject_id", ids, query, parameters) + " GROUP BY o.subject_id, o.dataset"
                + " UNION ALL SELECT o.object_id, 1, o.dataset, count(*) FROM observation o WHERE "
                + where("object_id", ids, query, parameters) + " GROUP BY o.object_id, o.dataset";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            parameters.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    degrees.computeIfAbsent(rows.getLong(1), id -> new EnumMap<>(Dataset.class))
                                    .computeIfAbsent(Codes.dataset(rows.getInt(3)), d -> new long[2])[rows.getInt(2)] =
                            rows.getLong(4);
                }
            }
        }
    }

    /**
     * One column of an edge's other end, looked up by id. A subquery in the select list is always a
     * key lookup per row; a join could be planned as a hash join over the whole artifact table when
     * the planner misjudges how many edges the ranking keeps.
     */
    private static String other(String column, String edge) {
        return "(SELECT a." + column + " FROM artifact a WHERE a.id = " + edge + ".other_id)";
    }

    /** The rows of {@code column} in {@code ids}, in the query's datasets and window; adds their parameters. */
    private String where(String column, List<Long> ids, NeighbourQuery query, Parameters parameters) {
        StringBuilder where = new StringBuilder("o." + column + " IN " + InList.placeholders(ids.size()));
        ids.forEach(parameters::add);
        if (!query.datasets().isEmpty()) {
            EnumSet<Dataset> datasets = EnumSet.copyOf(query.datasets());
            where.append(" AND o.dataset IN ").append(InList.placeholders(datasets.size()));
            datasets.forEach(dataset -> parameters.add(Codes.of(dataset)));
        }
        if (query.since() != null) {
            Instant since = ObservationColumns.storedSince(query.since());
            Dialect dialect = database.dialect();
            where.append(" AND o.last_seen >= ?");
            parameters.add((statement, index) -> dialect.setInstant(statement, index, since));
        }
        return where.toString();
    }

    private static List<DatasetCount> counts(@Nullable Map<Dataset, long[]> degrees) {
        if (degrees == null) {
            return List.of();
        }
        List<DatasetCount> counts = new ArrayList<>();
        degrees.forEach((dataset, pair) -> counts.add(new DatasetCount(dataset, pair[0], pair[1])));
        return counts;
    }
}
