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

    JdbcObservations(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
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
                    + ", o.first_seen, o.last_seen, o.count, o.sources, o.attributes"
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
                        int c = ArtifactRows.WIDTH + 1;
                        found.add(new Observation(
                                side == Side.SUBJECT ? artifact : neighbour,
                                dataset,
                                side == Side.SUBJECT ? neighbour : artifact,
                                dialect.instant(rows, c),
                                dialect.instant(rows, c + 1),
                                rows.getLong(c + 2),
                                dialect.strings(rows, c + 3),
                                Json.map(rows.getString(c + 4))));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public ObservationPage page(ObservationQuery query) {
        throw new UnsupportedOperationException("data-tab pages are not implemented yet");
    }

    @Override
    public List<Neighbourhood> neighbours(NeighbourQuery query) {
        throw new UnsupportedOperationException("neighbourhoods are not implemented yet");
    }
}
