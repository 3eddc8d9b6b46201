package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.DatasetCount;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import io.cairn.store.ObservationPage;
import io.cairn.store.ObservationQuery;
import io.cairn.store.ObservationStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

final class JdbcObservations implements ObservationStore {

    private static final String ARTIFACT_ID = "(SELECT id FROM artifact WHERE type = ? AND value = ?)";

    private final Database database;
    private final JdbcStore.Options options;
    private final ObservationPages pages;
    private final Neighbourhoods neighbourhoods;

    JdbcObservations(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
        this.pages = new ObservationPages(database);
        this.neighbourhoods = new Neighbourhoods(database);
    }

    @Override
    public BulkSummary bulkLoad(Iterator<Observation> observations, BulkListener listener) {
        return new ObservationLoader(database, options).load(observations, listener);
    }

    @Override
    public List<DatasetCount> counts(Artifact artifact) {
        Map<Dataset, long[]> counts = new EnumMap<>(Dataset.class);
        database.query("counting observations of " + artifact, connection -> {
            for (Side side : Side.values()) {
                String column = side == Side.SUBJECT ? "subject_id" : "object_id";
                try (PreparedStatement statement =
                        connection.prepareStatement("SELECT dataset, count(*) FROM observation" + " WHERE " + column
                                + " = " + ARTIFACT_ID + " GROUP BY dataset")) {
                    statement.setInt(1, Codes.of(artifact.type()));
                    statement.setString(2, artifact.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            long[] pair = counts.computeIfAbsent(Codes.dataset(rows.getInt(1)), d -> new long[2]);
                            pair[side.ordinal()] = rows.getLong(2);
                        }
                    }
                }
            }
            return counts;
        });
        List<DatasetCount> result = new ArrayList<>();
        counts.forEach((dataset, pair) -> result.add(new DatasetCount(dataset, pair[0], pair[1])));
        return result;
    }

    @Override
    public List<Observation> list(Artifact artifact, Dataset dataset, Side side, int limit) {
        JdbcArtifacts.requireLimit(limit);
        String self = side == Side.SUBJECT ? "subject_id" : "object_id";
        String other = side == Side.SUBJECT ? "object_id" : "subject_id";
        Dialect dialect = database.dialect();
        return database.query("listing " + dataset.id() + " observations of " + artifact, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ArtifactRows.columns("a")
                    + ", " + ObservationColumns.of("o")
                    + " FROM observation o JOIN artifact a ON a.id = o." + other
                    + " WHERE o." + self + " = " + ARTIFACT_ID + " AND o.dataset = ?"
                    + " ORDER BY o.last_seen DESC, a.value LIMIT ?")) {
                statement.setInt(1, Codes.of(artifact.type()));
                statement.setString(2, artifact.value());
                statement.setInt(3, Codes.of(dataset));
                statement.setInt(4, limit);
                List<Observation> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Artifact neighbour = ArtifactRows.artifact(rows, 1);
                        found.add(ObservationColumns.read(
                                rows, ArtifactRows.WIDTH + 1, dialect, artifact, side, dataset, neighbour));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public ObservationPage page(ObservationQuery query) {
        return pages.page(query);
    }

    @Override
    public List<Neighbourhood> neighbours(NeighbourQuery query) {
        return neighbourhoods.of(query);
    }
}
