package io.cairn.store.jdbc;

import io.cairn.artifact.ArtifactType;
import io.cairn.store.ArtifactStore;
import io.cairn.store.StoredArtifact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcArtifacts implements ArtifactStore {

    private final Database database;

    JdbcArtifacts(Database database) {
        this.database = database;
    }

    @Override
    public Optional<StoredArtifact> find(ArtifactType type, String canonicalValue) {
        return database.query("looking up " + type.id() + " " + canonicalValue, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + ArtifactRows.columns("a") + " FROM artifact a WHERE a.type = ? AND a.value = ?")) {
                statement.setInt(1, Codes.of(type));
                statement.setString(2, canonicalValue);
                List<StoredArtifact> found = read(statement);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<StoredArtifact> subdomains(String domain, int limit) {
        requireLimit(limit);
        return database.query("listing subdomains of " + domain, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ArtifactRows.columns("a")
                    + " FROM artifact a WHERE a.rev_name >= ? AND a.rev_name < ? ORDER BY a.rev_name LIMIT ?")) {
                statement.setString(1, Names.subdomainLow(domain));
                statement.setString(2, Names.subdomainHigh(domain));
                statement.setInt(3, limit);
                return read(statement);
            }
        });
    }

    @Override
    public List<StoredArtifact> containing(String fragment, int limit) {
        requireLimit(limit);
        if (fragment.codePointCount(0, fragment.length()) < MIN_FRAGMENT_LENGTH) {
            throw new IllegalArgumentException(
                    "substring search needs at least " + MIN_FRAGMENT_LENGTH + " characters, got '" + fragment + "'");
        }
        Dialect dialect = database.dialect();
        return database.query("searching for '" + fragment + "'", connection -> {
            try (PreparedStatement statement = dialect.containing(connection, fragment, limit)) {
                return read(statement);
            }
        });
    }

    private List<StoredArtifact> read(PreparedStatement statement) throws SQLException {
        List<StoredArtifact> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(ArtifactRows.read(rows, 1, database.dialect()));
            }
        }
        return found;
    }

    static void requireLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }
}
