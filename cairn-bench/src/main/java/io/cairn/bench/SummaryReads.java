package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What an artifact summary reads, both ways: through the store's ports, and as the bare indexed
 * SQL those reads rest on, on one plain connection with statements prepared once.
 */
final class SummaryReads implements AutoCloseable {

    private final PreparedStatement find;
    private final PreparedStatement asSubject;
    private final PreparedStatement asObject;
    private final PreparedStatement indicators;
    private final PreparedStatement articles;
    private final PreparedStatement profiles;
    private final PreparedStatement allowed;
    private final PreparedStatement inRange;

    SummaryReads(BareSql sql) throws SQLException {
        this.find = sql.prepare("SELECT id, display, first_seen, last_seen FROM artifact WHERE type = ? AND value = ?");
        this.asSubject = sql.prepare("SELECT dataset, count(*) FROM observation WHERE subject_id = ? GROUP BY dataset");
        this.asObject = sql.prepare("SELECT dataset, count(*) FROM observation WHERE object_id = ? GROUP BY dataset");
        this.indicators = sql.prepare("SELECT s.name, i.stix_id, i.modified, i.confidence, i.tlp, i.valid_from,"
                + " i.valid_until, i.revoked, i.labels, i.kill_chain, i.first_seen, i.last_seen FROM indicator i"
                + " JOIN source s ON s.id = i.source_id WHERE i.artifact_id = ? ORDER BY s.name, i.stix_id");
        this.articles = sql.prepare("SELECT ar.id, ar.url, ar.title, ar.summary, ar.published_at, ar.tlp, ar.tags"
                + " FROM article_artifact x JOIN article ar ON ar.id = x.article_id WHERE x.artifact_id = ?"
                + " ORDER BY ar.published_at DESC");
        this.profiles = sql.prepare("SELECT r.target_key FROM relation r WHERE r.type = 'indicates'"
                + " AND r.source_key IN (SELECT stix_id FROM indicator WHERE artifact_id = ?)");
        this.allowed = sql.prepare(
                "SELECT e.list_name, e.kind, e.value FROM allow_entry e WHERE e.value = ? AND e.kind IN ('exact', 'suffix')");
        this.inRange = sql.prepare("SELECT e.list_name, e.kind, e.value FROM allow_entry e"
                + " WHERE e.kind = 'cidr' AND e.range_low <= ?1 AND e.range_high >= ?1");
    }

    /** The six reads through the store, as the summary makes them. */
    static void throughStore(Store store, Artifact artifact) {
        for (Read read : Read.values()) {
            read.run(store, artifact);
        }
    }

    /** One of the store reads a summary makes. */
    enum Read {
        FIND("artifacts().find") {
            @Override
            void run(Store store, Artifact artifact) {
                store.artifacts().find(artifact.type(), artifact.value());
            }
        },
        COUNTS("observations().counts") {
            @Override
            void run(Store store, Artifact artifact) {
                store.observations().counts(artifact);
            }
        },
        INDICATORS("indicators().forArtifact") {
            @Override
            void run(Store store, Artifact artifact) {
                store.indicators().forArtifact(artifact);
            }
        },
        ARTICLES("articles().forArtifact") {
            @Override
            void run(Store store, Artifact artifact) {
                store.articles().forArtifact(artifact);
            }
        },
        PROFILES("profiles().forArtifact") {
            @Override
            void run(Store store, Artifact artifact) {
                store.profiles().forArtifact(artifact);
            }
        },
        ALLOW_LIST("allowList().matches") {
            @Override
            void run(Store store, Artifact artifact) {
                store.allowList().matches(artifact);
            }
        };

        private final String label;

        Read(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        abstract void run(Store store, Artifact artifact);
    }

    /** The same facts in bare SQL: the artifact's row, then everything keyed by its id. */
    void bare(Artifact artifact) throws SQLException {
        find.setInt(1, BareSql.typeCode(artifact.type()));
        find.setString(2, artifact.value());
        long id;
        try (ResultSet rows = find.executeQuery()) {
            id = rows.next() ? rows.getLong(1) : -1;
            while (rows.next()) {
                rows.getObject(2);
            }
        }
        for (PreparedStatement byId : new PreparedStatement[] {asSubject, asObject, indicators, articles, profiles}) {
            byId.setLong(1, id);
            try (ResultSet rows = byId.executeQuery()) {
                BareSql.drain(rows);
            }
        }
        // Exact entries for the value, hostname entries for the name and every name above it.
        String name = artifact.value();
        while (!name.isEmpty()) {
            allowed.setString(1, name);
            try (ResultSet rows = allowed.executeQuery()) {
                BareSql.drain(rows);
            }
            int dot = name.indexOf('.');
            name = artifact.type() == ArtifactType.DOMAIN && dot >= 0 ? name.substring(dot + 1) : "";
        }
        if (artifact.type() == ArtifactType.IP && artifact.value().indexOf(':') < 0) {
            inRange.setString(1, ipv4Key(artifact.value()));
            try (ResultSet rows = inRange.executeQuery()) {
                BareSql.drain(rows);
            }
        }
    }

    /** An IPv4 address as the allow list's range columns hold it: "4:" and eight hex digits. */
    static String ipv4Key(String address) {
        StringBuilder key = new StringBuilder("4:");
        for (String octet : address.split("\\.")) {
            key.append(String.format(Locale.ROOT, "%02x", Integer.parseInt(octet)));
        }
        return key.toString();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement :
                new PreparedStatement[] {find, asSubject, asObject, indicators, articles, profiles, allowed, inRange}) {
            statement.close();
        }
    }
}
