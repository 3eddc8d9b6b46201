package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.IndicatorQuery;
import io.cairn.store.IndicatorStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

final class JdbcIndicators implements IndicatorStore {

    private final Database database;
    private final JdbcStore.Options options;

    JdbcIndicators(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    @Override
    public BulkSummary bulkLoad(Iterator<Indicator> indicators, BulkListener listener) {
        return new IndicatorLoader(database, options).load(indicators, listener);
    }

    @Override
    public List<Indicator> forArtifact(Artifact artifact) {
        return database.query("listing indicators of " + artifact, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + IndicatorRows.columns("i")
                    + " FROM indicator i JOIN source s ON s.id = i.source_id JOIN artifact a ON a.id = i.artifact_id"
                    + " WHERE a.type = ? AND a.value = ? ORDER BY s.name, i.stix_id")) {
                statement.setInt(1, Codes.of(artifact.type()));
                statement.setString(2, artifact.value());
                return read(statement);
            }
        });
    }

    @Override
    public List<Indicator> versions(String source, String stixId) {
        return database.query("listing versions of " + stixId + " from " + source, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + IndicatorRows.columns("v")
                    + " FROM indicator_version v JOIN indicator i ON i.id = v.indicator_id"
                    + " JOIN source s ON s.id = i.source_id LEFT JOIN artifact a ON a.id = v.artifact_id"
                    + " WHERE s.name = ? AND i.stix_id = ? ORDER BY v.modified")) {
                statement.setString(1, source);
                statement.setString(2, stixId);
                return read(statement);
            }
        });
    }

    @Override
    public Stream<Indicator> select(IndicatorQuery query) {
        return IndicatorSelect.stream(database, query);
    }

    private List<Indicator> read(PreparedStatement statement) throws SQLException {
        List<Indicator> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(IndicatorRows.read(rows, database.dialect()));
            }
        }
        return found;
    }
}
