package io.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDataTest {

    @TempDir
    Path root;

    @Test
    void shouldStoreTheWholeWorldThroughTheBulkLoadsAndReuseItNextTime() throws Exception {
        WorldShape shape = new WorldShape(3_000, 400, 42);

        BenchData.Built first = BenchData.ensure(root, shape);
        BenchData.Built again = BenchData.ensure(root, shape);

        assertThat(first.reused()).isFalse();
        assertThat(again.reused()).isTrue();
        assertThat(again.directory()).isEqualTo(first.directory());
        try (BareSql sql = new BareSql(first.file())) {
            assertThat(count(sql, "SELECT count(*) FROM observation")).isEqualTo(3_000);
            assertThat(count(sql, "SELECT count(*) FROM indicator")).isEqualTo(400);
            assertThat(count(sql, "SELECT count(*) FROM article")).isEqualTo(shape.articles());
            assertThat(count(sql, "SELECT count(*) FROM allow_entry")).isPositive();
        }
    }

    @Test
    void shouldKeepWorldsOfDifferentParametersApart() {
        assertThat(BenchData.directory(root, new WorldShape(1_000, 10, 1)))
                .isNotEqualTo(BenchData.directory(root, new WorldShape(1_000, 10, 2)))
                .isNotEqualTo(BenchData.directory(root, new WorldShape(1_000, 11, 1)))
                .isNotEqualTo(BenchData.directory(root, new WorldShape(2_000, 10, 1)));
    }

    @Test
    void shouldNumberTypesAndDatasetsAsTheStoreDoes() throws Exception {
        BenchData.Built built = BenchData.ensure(root, new WorldShape(100, 0, 1));
        try (BareSql sql = new BareSql(built.file())) {
            for (ArtifactType type : ArtifactType.values()) {
                assertThat(name(sql, "SELECT name FROM artifact_type WHERE code = ?", BareSql.typeCode(type)))
                        .isEqualTo(type.id());
            }
            for (Dataset dataset : Dataset.values()) {
                assertThat(name(sql, "SELECT name FROM dataset WHERE code = ?", BareSql.datasetCode(dataset)))
                        .isEqualTo(dataset.id());
            }
        }
    }

    private static long count(BareSql sql, String query) throws SQLException {
        try (PreparedStatement statement = sql.prepare(query);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String name(BareSql sql, String query, int code) throws SQLException {
        try (PreparedStatement statement = sql.prepare(query)) {
            statement.setInt(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("code " + code).isTrue();
                return rows.getString(1);
            }
        }
    }
}
