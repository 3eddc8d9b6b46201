package io.cairn.store.jdbc;

import io.cairn.artifact.ArtifactType;
import io.cairn.store.ArtifactLookups;
import io.cairn.store.CertificateField;
import io.cairn.store.StoredArtifact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

final class JdbcLookups implements ArtifactLookups {

    /** Above every code point in both stores' byte-wise order: the end of a prefix range. */
    private static final String HIGHEST = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final Database database;

    JdbcLookups(Database database) {
        this.database = database;
    }

    @Override
    public List<StoredArtifact> certificates(CertificateField field, String value, int limit) {
        JdbcArtifacts.requireLimit(limit);
        boolean folded = field == CertificateField.SUBJECT || field == CertificateField.ISSUER;
        return read(
                "finding certificates by " + field.name().toLowerCase(Locale.ROOT),
                certificateSql(database.dialect(), field),
                folded ? value.toLowerCase(Locale.ROOT) : value,
                limit);
    }

    /** The query of {@link #certificates}: the expressions of the V10 indexes, letter for letter. */
    static String certificateSql(Dialect dialect, CertificateField field) {
        String name = field.name().toLowerCase(Locale.ROOT);
        String extract = dialect instanceof SqliteDialect
                ? "json_extract(d.body, '$." + name + "')"
                : "(d.body::jsonb ->> '" + name + "')";
        boolean folded = field == CertificateField.SUBJECT || field == CertificateField.ISSUER;
        String column = folded ? "lower(" + extract + ")" : extract;
        return "SELECT " + ArtifactRows.columns("a") + " FROM artifact a WHERE a.id IN (SELECT d.artifact_id"
                + " FROM document d WHERE d.kind = 'certificate' AND " + column + " = ?) ORDER BY a.value LIMIT ?";
    }

    @Override
    public List<StoredArtifact> withPrefix(ArtifactType type, String prefix, int limit) {
        JdbcArtifacts.requireLimit(limit);
        return database.query("finding " + type.id() + " values starting with " + prefix, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ArtifactRows.columns("a")
                    + " FROM artifact a WHERE a.type = ? AND a.value >= ? AND a.value < ? ORDER BY a.value LIMIT ?")) {
                select.setInt(1, Codes.of(type));
                select.setString(2, prefix);
                select.setString(3, prefix + HIGHEST);
                select.setInt(4, limit);
                return rows(select);
            }
        });
    }

    @Override
    public List<StoredArtifact> labelled(String label, int limit) {
        JdbcArtifacts.requireLimit(limit);
        SearchSql sql = new SearchSql(database.dialect());
        sql.bool(false);
        String member = sql.memberOf("i.labels", label);
        sql.number(limit);
        String text = "SELECT " + ArtifactRows.columns("a") + " FROM artifact a WHERE a.id IN (SELECT i.artifact_id"
                + " FROM indicator i WHERE i.revoked = ? AND i.artifact_id IS NOT NULL AND " + member + ")"
                + " ORDER BY a.type, a.value LIMIT ?";
        return database.query("finding artifacts labelled " + label, connection -> {
            try (PreparedStatement select = connection.prepareStatement(text)) {
                sql.bind(select);
                return rows(select);
            }
        });
    }

    private List<StoredArtifact> read(String what, String text, String value, int limit) {
        return database.query(what, connection -> {
            try (PreparedStatement select = connection.prepareStatement(text)) {
                select.setString(1, value);
                select.setInt(2, limit);
                return rows(select);
            }
        });
    }

    private List<StoredArtifact> rows(PreparedStatement select) throws java.sql.SQLException {
        List<StoredArtifact> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(ArtifactRows.read(rows, 1, database.dialect()));
            }
        }
        return found;
    }
}
