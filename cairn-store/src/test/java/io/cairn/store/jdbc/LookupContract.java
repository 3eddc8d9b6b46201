package io.cairn.store.jdbc;

import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.document.Document;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.store.BulkListener;
import io.cairn.store.CertificateField;
import io.cairn.store.StoredArtifact;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Artifacts found by certificate fields, value prefixes and indicator labels, on any database. */
abstract class LookupContract extends IntelContract {

    private static final String SHA1 = "a".repeat(40);
    private static final String SHA256 = "b".repeat(64);

    private static Document certificate(String key, String serial, String subject, String issuer) {
        String body = """
                {"subject":"%s","issuer":"%s","serial":"%s","not_before":"2026-01-01T00:00:00Z",\
                "not_after":"2027-01-01T00:00:00Z","sha1":"%s","sha256":"%s"}""".formatted(subject, issuer, serial, key, key.equals(SHA1) ? SHA256 : "c".repeat(64));
        return new Document(
                "certificate", key, Artifact.of(ArtifactType.CERT, key), "application/json", body, JAN, JAN, "zeek");
    }

    private List<String> values(List<StoredArtifact> found) {
        return found.stream().map(s -> s.artifact().value()).toList();
    }

    @Test
    void shouldFindCertificatesBySerialSubjectIssuerAndTheirOtherFingerprint() {
        String other = "d".repeat(40);
        store.documents()
                .bulkLoad(
                        items(
                                certificate(
                                        SHA1, "0A1B2C", "CN=login.evil.example,O=Evil", "CN=R3,O=Let's Encrypt,C=US"),
                                certificate(other, "FF00", "CN=shop.example", "CN=R3,O=Let's Encrypt,C=US")),
                        BulkListener.none());

        assertThat(values(store.lookups().certificates(CertificateField.SERIAL, "0A1B2C", 10)))
                .containsExactly(SHA1);
        assertThat(values(store.lookups().certificates(CertificateField.SUBJECT, "cn=LOGIN.evil.example,o=evil", 10)))
                .containsExactly(SHA1);
        assertThat(values(store.lookups().certificates(CertificateField.ISSUER, "CN=R3,O=Let's Encrypt,C=US", 10)))
                .containsExactly(SHA1, other);
        assertThat(values(store.lookups().certificates(CertificateField.SHA256, SHA256, 10)))
                .containsExactly(SHA1);
        assertThat(store.lookups().certificates(CertificateField.ISSUER, "CN=R3,O=Let's Encrypt,C=US", 1))
                .hasSize(1);
        assertThat(store.lookups().certificates(CertificateField.SERIAL, "0B", 10))
                .isEmpty();
    }

    @Test
    void shouldLookCertificatesUpThroughTheirFieldIndexesWithoutReadingEveryDocument() throws Exception {
        Dialect dialect = Dialect.forUrl(database.url());
        for (CertificateField field : CertificateField.values()) {
            String index = "document_certificate_" + field.name().toLowerCase(java.util.Locale.ROOT);
            StringBuilder plan = new StringBuilder();
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                if (!(dialect instanceof SqliteDialect)) {
                    // An empty table is cheapest to scan; the question is whether the index can serve.
                    statement.execute("SET enable_seqscan = off");
                }
                String explain = dialect instanceof SqliteDialect ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
                String sql = JdbcLookups.certificateSql(dialect, field)
                        .replaceFirst("\\?", "'x'")
                        .replaceFirst("\\?", "10");
                try (ResultSet rows = statement.executeQuery(explain + sql)) {
                    while (rows.next()) {
                        plan.append(rows.getString(dialect instanceof SqliteDialect ? 4 : 1))
                                .append('\n');
                    }
                }
            }
            assertThat(plan.toString()).as(field.name()).contains(index);
        }
    }

    @Test
    void shouldFindArtifactsByPrefixOfTheirValueInValueOrder() {
        store.documents()
                .bulkLoad(
                        items(
                                cookieDocument("_ga@b.example"),
                                cookieDocument("_ga@a.example"),
                                cookieDocument("_gat@a.example"),
                                cookieDocument("sid@a.example")),
                        BulkListener.none());

        assertThat(values(store.lookups().withPrefix(ArtifactType.COOKIE, "_ga@", 10)))
                .containsExactly("_ga@a.example", "_ga@b.example");
        assertThat(values(store.lookups().withPrefix(ArtifactType.COOKIE, "_ga", 10)))
                .containsExactly("_ga@a.example", "_ga@b.example", "_gat@a.example");
    }

    @Test
    void shouldFindArtifactsOfUnrevokedIndicatorsByLabelIgnoringCase() {
        store.indicators()
                .bulkLoad(
                        items(
                                indicator("indicator--1", "c2.example", Set.of("APT28", "c2"), false),
                                indicator("indicator--2", "old.example", Set.of("apt28"), true),
                                indicator("indicator--3", "phish.example", Set.of("phishing"), false)),
                        BulkListener.none());

        assertThat(values(store.lookups().labelled("apt28", 10))).containsExactly("c2.example");
        assertThat(values(store.lookups().labelled("PHISHING", 10))).containsExactly("phish.example");
        assertThat(store.lookups().labelled("unknown", 10)).isEmpty();
    }

    /** Any document makes its artifact known; cookies have no loader of their own here. */
    private static Document cookieDocument(String cookie) {
        return new Document(
                "note", cookie, Artifact.of(ArtifactType.COOKIE, cookie), "text/plain", "seen", null, FEB, "crawler");
    }

    private static Indicator indicator(String stixId, String domain, Set<String> labels, boolean revoked) {
        return new Indicator(
                Artifact.of(ArtifactType.DOMAIN, domain),
                null,
                "feed",
                stixId,
                JAN,
                80,
                Tlp.CLEAR,
                JAN,
                null,
                revoked,
                labels,
                List.of(),
                JAN,
                JAN);
    }
}
