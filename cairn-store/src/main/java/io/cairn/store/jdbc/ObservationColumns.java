package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the reads of observations share: the fact columns, time bounds and the source filter. */
final class ObservationColumns {

    /** How many columns {@link #of(String)} selects. */
    static final int WIDTH = 5;

    private ObservationColumns() {}

    /** The columns of table alias {@code o} that {@link #read} expects, in order. */
    static String of(String o) {
        return o + ".first_seen, " + o + ".last_seen, " + o + ".count, " + o + ".sources, " + o + ".attributes";
    }

    /** The observation whose fact columns start at {@code first}, between {@code self} on {@code side} and {@code other}. */
    static Observation read(
            ResultSet rows, int first, Dialect dialect, Artifact self, Side side, Dataset dataset, Artifact other)
            throws SQLException {
        return new Observation(
                side == Side.SUBJECT ? self : other,
                dataset,
                side == Side.SUBJECT ? other : self,
                dialect.instant(rows, first),
                dialect.instant(rows, first + 1),
                rows.getLong(first + 2),
                dialect.strings(rows, first + 3),
                Json.map(rows.getString(first + 4)));
    }

    /**
     * A condition on the sources column {@code column}: one of its names equals the parameter. It is
     * checked row by row on the rows an index range already chose, so it never widens a plan.
     */
    static String hasSource(Dialect dialect, String column) {
        return switch (dialect) {
            case SqliteDialect sqlite -> "EXISTS (SELECT 1 FROM json_each(" + column + ") j WHERE j.value = ?)";
            case PostgresDialect postgres -> "? = ANY (" + column + ")";
        };
    }

    /**
     * The earliest stored time at or after {@code since}: stored times are whole milliseconds, so
     * {@code last_seen >= since} holds exactly when {@code last_seen >= storedSince(since)}.
     */
    static Instant storedSince(Instant since) {
        Instant truncated = since.truncatedTo(ChronoUnit.MILLIS);
        return truncated.equals(since) ? since : truncated.plusMillis(1);
    }
}
