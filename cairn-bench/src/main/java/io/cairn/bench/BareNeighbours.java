package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One hop of expansion in bare SQL, artifact by artifact: its id, its newest edges on each side
 * (the other end joined in) and its degree per dataset on each side, five indexed statements per
 * artifact. Counts the statements it runs.
 */
final class BareNeighbours implements AutoCloseable {

    private final BareSql sql;
    private final PreparedStatement findId;
    private final PreparedStatement outgoing;
    private final PreparedStatement incoming;
    private final PreparedStatement outDegree;
    private final PreparedStatement inDegree;
    private long statements;
    // The degree of the last artifact hop() read, both sides, every dataset.
    private long lastDegree;

    BareNeighbours(BareSql sql) throws SQLException {
        this.sql = sql;
        this.findId = sql.prepare("SELECT id FROM artifact WHERE type = ? AND value = ?");
        this.outgoing = sql.prepare(edges("subject_id", "object_id"));
        this.incoming = sql.prepare(edges("object_id", "subject_id"));
        this.outDegree = sql.prepare("SELECT dataset, count(*) FROM observation WHERE subject_id = ? GROUP BY dataset");
        this.inDegree = sql.prepare("SELECT dataset, count(*) FROM observation WHERE object_id = ? GROUP BY dataset");
    }

    private static String edges(String self, String other) {
        return "SELECT a.type, a.value, o.dataset, o.first_seen, o.last_seen, o.count, o.sources, o.attributes"
                + " FROM observation o JOIN artifact a ON a.id = o." + other + " WHERE o." + self + " = ?"
                + " ORDER BY o.last_seen DESC LIMIT ?";
    }

    /** The other ends of the artifacts' edges (at most {@code limit} per artifact and side), minus the artifacts. */
    Set<Artifact> hop(List<Artifact> artifacts, int limit) throws SQLException {
        Set<Artifact> reached = new LinkedHashSet<>();
        for (Artifact artifact : artifacts) {
            statements++;
            long id = sql.id(findId, artifact);
            for (PreparedStatement side : new PreparedStatement[] {outgoing, incoming}) {
                side.setLong(1, id);
                side.setInt(2, limit);
                statements++;
                try (ResultSet rows = side.executeQuery()) {
                    while (rows.next()) {
                        reached.add(Artifact.of(ArtifactType.values()[rows.getInt(1) - 1], rows.getString(2)));
                        for (int c = 3; c <= 8; c++) {
                            rows.getObject(c);
                        }
                    }
                }
            }
            lastDegree = 0;
            for (PreparedStatement degree : new PreparedStatement[] {outDegree, inDegree}) {
                degree.setLong(1, id);
                statements++;
                try (ResultSet rows = degree.executeQuery()) {
                    while (rows.next()) {
                        rows.getInt(1);
                        lastDegree += rows.getLong(2);
                    }
                }
            }
        }
        artifacts.forEach(reached::remove);
        return reached;
    }

    long statements() {
        return statements;
    }

    /**
     * Breadth-first from {@code seed}: per hop, each frontier artifact's newest edges (at most
     * {@code fanOut} a side) and degree; artifacts of degree above {@code hubThreshold} are not
     * followed (the seed always is); no more than {@code maxNodes} artifacts are kept. Returns how
     * many artifacts were reached.
     */
    int expand(Artifact seed, int depth, int fanOut, long hubThreshold, int maxNodes) throws SQLException {
        Set<Artifact> nodes = new LinkedHashSet<>(List.of(seed));
        List<Artifact> frontier = List.of(seed);
        for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
            List<Artifact> next = new ArrayList<>();
            for (Artifact artifact : frontier) {
                List<Artifact> reached = new ArrayList<>(hop(List.of(artifact), fanOut));
                if (!artifact.equals(seed) && lastDegree > hubThreshold) {
                    continue;
                }
                for (Artifact other : reached) {
                    if (nodes.size() < maxNodes && nodes.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return nodes.size();
    }

    /** Two hops from {@code seed}; the artifacts the second reached. */
    Set<Artifact> twoHops(Artifact seed, int limit) throws SQLException {
        return hop(new ArrayList<>(hop(List.of(seed), limit)), limit);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {findId, outgoing, incoming, outDegree, inDegree}) {
            statement.close();
        }
    }
}
