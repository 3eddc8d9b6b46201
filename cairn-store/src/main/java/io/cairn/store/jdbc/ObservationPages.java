package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.ObservationPage;
import io.cairn.store.ObservationQuery;
import io.cairn.store.ObservationSort;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Data-tab pages by keyset: each page continues strictly after the previous one's last (sort key,
 * other end's id), so a page costs the same however deep it is, and rows loaded between pages never
 * shift or repeat the ones already shown.
 *
 * <p>Sorted by last seen, a page is one backward range of {@code observation_by_subject_seen} or
 * {@code observation_by_object_seen} (V9) and stops after {@code limit + 1} rows. Sorted by first
 * seen or count, it reads the artifact's rows of the dataset through the primary key or the object
 * index and sorts them: the cost grows with that one artifact's rows, never with the table.
 */
final class ObservationPages {

    private final Database database;

    ObservationPages(Database database) {
        this.database = database;
    }

    ObservationPage page(ObservationQuery query) {
        PageCursor after = PageCursor.of(query);
        Dialect dialect = database.dialect();
        Side side = query.side();
        String self = side == Side.SUBJECT ? "subject_id" : "object_id";
        String other = side == Side.SUBJECT ? "object_id" : "subject_id";
        String key = column(query.sort());
        Parameters parameters = new Parameters()
                .add(Codes.of(query.artifact().type()))
                .add(query.artifact().value())
                .add(Codes.of(query.dataset()));
        StringBuilder where = new StringBuilder(
                "o." + self + " = (SELECT id FROM artifact WHERE type = ? AND value = ?)" + " AND o.dataset = ?");
        if (query.since() != null) {
            Instant since = ObservationColumns.storedSince(query.since());
            where.append(" AND o.last_seen >= ?");
            parameters.add((statement, index) -> dialect.setInstant(statement, index, since));
        }
        if (query.until() != null) {
            Instant until = query.until();
            where.append(" AND o.first_seen <= ?");
            parameters.add((statement, index) -> dialect.setInstant(statement, index, until));
        }
        if (query.source() != null) {
            where.append(" AND ").append(ObservationColumns.hasSource(dialect, "o.sources"));
            parameters.add(query.source());
        }
        if (after != null) {
            where.append(" AND (o.").append(key).append(", o.").append(other).append(") < (?, ?)");
            parameters.add(keyBinding(query.sort(), after.key(), dialect)).add(after.otherId());
        }
        parameters.add(query.limit() + 1);
        // The limit applies to observation rows before the other ends are joined, so that a page
        // looks up at most limit + 1 artifacts by id.
        String sql = "SELECT " + ArtifactRows.columns("a") + ", p.other_id, " + ObservationColumns.of("p")
                + " FROM (SELECT o." + other + " AS other_id, " + ObservationColumns.of("o")
                + " FROM observation o WHERE " + where
                + " ORDER BY o." + key + " DESC, o." + other + " DESC LIMIT ?) p"
                + " JOIN artifact a ON a.id = p.other_id ORDER BY p." + key + " DESC, p.other_id DESC";
        return database.query(
                "reading a page of " + query.dataset().id() + " observations of " + query.artifact(), connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        parameters.bind(statement);
                        return read(statement, query, dialect);
                    }
                });
    }

    private static ObservationPage read(PreparedStatement statement, ObservationQuery query, Dialect dialect)
            throws SQLException {
        List<Observation> rows = new ArrayList<>();
        @Nullable PageCursor last = null;
        boolean more = false;
        int first = ArtifactRows.WIDTH + 2;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (rows.size() == query.limit()) {
                    more = true;
                    break;
                }
                Artifact other = ArtifactRows.artifact(result, 1);
                Observation row = ObservationColumns.read(
                        result, first, dialect, query.artifact(), query.side(), query.dataset(), other);
                rows.add(row);
                last = new PageCursor(key(query.sort(), row), result.getLong(ArtifactRows.WIDTH + 1));
            }
        }
        return new ObservationPage(rows, more && last != null ? last.encode(query) : null);
    }

    private static String column(ObservationSort sort) {
        return switch (sort) {
            case FIRST_SEEN -> "first_seen";
            case LAST_SEEN -> "last_seen";
            case COUNT -> "count";
        };
    }

    private static long key(ObservationSort sort, Observation row) {
        return switch (sort) {
            case FIRST_SEEN -> row.firstSeen().toEpochMilli();
            case LAST_SEEN -> row.lastSeen().toEpochMilli();
            case COUNT -> row.count();
        };
    }

    private static Parameters.Binding keyBinding(ObservationSort sort, long key, Dialect dialect) {
        return switch (sort) {
            case FIRST_SEEN, LAST_SEEN ->
                (statement, index) -> dialect.setInstant(statement, index, Instant.ofEpochMilli(key));
            case COUNT -> (statement, index) -> statement.setLong(index, key);
        };
    }
}
