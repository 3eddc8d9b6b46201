package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Side;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Artifacts to measure, drawn from the store itself: uniformly over artifact ids with a seeded
 * generator (the same store and seed give the same draws), and the heaviest hitters by degree.
 */
final class Sample {

    /** One data tab: an artifact, a dataset and side it has rows in, and how many. */
    record Tab(Artifact artifact, Dataset dataset, Side side, long rows) {}

    private Sample() {}

    /** {@code n} artifacts drawn uniformly over the artifact table (hashes, domains, addresses as stored). */
    static List<Artifact> artifacts(BareSql sql, long seed, int n) throws SQLException {
        List<Artifact> drawn = new ArrayList<>(n);
        try (PreparedStatement max = sql.prepare("SELECT max(id) FROM artifact");
                PreparedStatement byId = sql.prepare("SELECT type, value FROM artifact WHERE id = ?")) {
            long top;
            try (ResultSet rows = max.executeQuery()) {
                rows.next();
                top = rows.getLong(1);
            }
            if (top < 1) {
                throw new IllegalStateException("the store holds no artifacts");
            }
            SplittableRandom random = new SplittableRandom(seed);
            while (drawn.size() < n) {
                byId.setLong(1, 1 + random.nextLong(top));
                try (ResultSet rows = byId.executeQuery()) {
                    if (rows.next()) {
                        drawn.add(Artifact.of(ArtifactType.values()[rows.getInt(1) - 1], rows.getString(2)));
                    }
                }
            }
        }
        return drawn;
    }

    /**
     * {@code n} data tabs: artifacts drawn uniformly among those with observations, each with one of
     * the (dataset, side) pairs it has rows in, chosen uniformly.
     */
    static List<Tab> tabs(BareSql sql, long seed, int n) throws SQLException {
        List<Tab> tabs = new ArrayList<>(n);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        try (PreparedStatement findId = sql.prepare("SELECT id FROM artifact WHERE type = ? AND value = ?");
                PreparedStatement counts = sql.prepare("SELECT dataset, 0, count(*) FROM observation"
                        + " WHERE subject_id = ?1 GROUP BY dataset UNION ALL SELECT dataset, 1, count(*)"
                        + " FROM observation WHERE object_id = ?1 GROUP BY dataset")) {
            long draw = seed;
            while (tabs.size() < n) {
                for (Artifact artifact : artifacts(sql, draw++, Math.max(64, n - tabs.size()))) {
                    List<Tab> choices = choices(sql, findId, counts, artifact);
                    if (!choices.isEmpty() && tabs.size() < n) {
                        tabs.add(choices.get(random.nextInt(choices.size())));
                    }
                }
            }
        }
        return tabs;
    }

    /**
     * The {@code n} (artifact, dataset, side) tabs with the most rows: the object ends of the
     * heaviest hitters (shared hosting, popular name servers, registrars). Scans the reverse index.
     */
    static List<Tab> heaviest(BareSql sql, int n) throws SQLException {
        List<Tab> tabs = new ArrayList<>(n);
        try (PreparedStatement top = sql.prepare("SELECT a.type, a.value, h.dataset, h.c FROM (SELECT object_id,"
                + " dataset, count(*) AS c FROM observation GROUP BY object_id, dataset ORDER BY c DESC"
                + " LIMIT ?) h JOIN artifact a ON a.id = h.object_id ORDER BY h.c DESC")) {
            top.setInt(1, n);
            try (ResultSet rows = top.executeQuery()) {
                while (rows.next()) {
                    tabs.add(new Tab(
                            Artifact.of(ArtifactType.values()[rows.getInt(1) - 1], rows.getString(2)),
                            Dataset.values()[rows.getInt(3) - 1],
                            Side.OBJECT,
                            rows.getLong(4)));
                }
            }
        }
        return tabs;
    }

    private static List<Tab> choices(BareSql sql, PreparedStatement findId, PreparedStatement counts, Artifact artifact)
            throws SQLException {
        List<Tab> choices = new ArrayList<>();
        counts.setLong(1, sql.id(findId, artifact));
        try (ResultSet rows = counts.executeQuery()) {
            while (rows.next()) {
                choices.add(new Tab(
                        artifact,
                        Dataset.values()[rows.getInt(1) - 1],
                        rows.getInt(2) == 0 ? Side.SUBJECT : Side.OBJECT,
                        rows.getLong(3)));
            }
        }
        return choices;
    }
}
