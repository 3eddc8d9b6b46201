package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.store.StoredArtifact;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading artifact rows, shared by every query that returns artifacts. */
final class ArtifactRows {

    /** How many columns {@link #columns(String)} selects. */
    static final int WIDTH = 5;

    private ArtifactRows() {}

    /** The artifact columns of table alias {@code a}, in the order {@link #read} expects. */
    static String columns(String a) {
        return a + ".type, " + a + ".value, " + a + ".display, " + a + ".first_seen, " + a + ".last_seen";
    }

    static Artifact artifact(ResultSet rows, int first) throws SQLException {
        return new Artifact(Codes.type(rows.getInt(first)), rows.getString(first + 1), rows.getString(first + 2));
    }

    static StoredArtifact read(ResultSet rows, int first, Dialect dialect) throws SQLException {
        return new StoredArtifact(
                artifact(rows, first), dialect.instant(rows, first + 3), dialect.instant(rows, first + 4));
    }
}
