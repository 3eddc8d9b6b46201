package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The baselines' side: one plain JDBC connection to the store's SQLite file, read-only, with the
 * page cache and memory map the store gives its own query connections, held open for the whole run
 * with its statements prepared once. What a hand-written lookup costs, with nothing of Cairn's around it.
 */
final class BareSql implements AutoCloseable {

    private final Connection connection;

    BareSql(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setCacheSize(-64 * 1024);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(256L << 20));
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        this.connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    /** Type codes as the store's migration V1 numbers them: the enum's order, from 1. */
    static int typeCode(ArtifactType type) {
        return type.ordinal() + 1;
    }

    /** Dataset codes as migration V1 numbers them. */
    static int datasetCode(io.cairn.observation.Dataset dataset) {
        return dataset.ordinal() + 1;
    }

    /** The artifact's id, or -1 when the store does not know it. */
    long id(PreparedStatement findId, Artifact artifact) throws SQLException {
        findId.setInt(1, typeCode(artifact.type()));
        findId.setString(2, artifact.value());
        try (ResultSet rows = findId.executeQuery()) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    /** Reads every column of every row, as a caller would, and returns how many rows there were. */
    static int drain(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        int count = 0;
        while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
                rows.getObject(c);
            }
            count++;
        }
        return count;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
