package io.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.cert.CertificateFormat;
import io.cairn.ingest.rdap.RdapFormat;
import io.cairn.ingest.zeek.ZeekSslFormat;
import io.cairn.ingest.zeek.ZeekX509Format;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.StoredDocument;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WHOIS and certificate documents go through the importer into a real SQLite store. */
class DocumentImportTest {
    private static final ImportContext CONTEXT =
            new ImportContext("analyst", 50, Tlp.AMBER, Instant.parse("2026-03-15T12:00:00Z"));

    @TempDir
    Path data;

    private JdbcStore store;
    private Importer importer;

    @BeforeEach
    void open() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(
                store,
                new Formats(
                        List.of(new RdapFormat(), new CertificateFormat(), new ZeekX509Format(), new ZeekSslFormat())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocumentImportTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private ImportSummary imported(String name, byte[] content) throws IOException {
        ImportOutcome outcome = importer.run(Input.of(name, content), null, CONTEXT, false, ImportListener.none());
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        return ((ImportOutcome.Imported) outcome).summary();
    }

    @Test
    void shouldKeepEachRdapAnswerAsAVersionOfTheDomainsWhoisRecord() throws IOException {
        String first = new String(resource("/rdap/registrar-redacted.json"), StandardCharsets.UTF_8);
        String changed = first.replace("NS2.EXAMPLE-DNS.NET", "NS3.EXAMPLE-DNS.NET")
                .replace("2026-03-01T08:00:00Z", "2026-03-08T08:00:00Z");

        ImportSummary summary = imported("answer.json", first.getBytes(StandardCharsets.UTF_8));
        imported("answer-again.json", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(summary.format()).isEqualTo("rdap");
        assertThat(summary.read()).isEqualTo(1);
        assertThat(summary.rejected()).isZero();
        List<StoredDocument> versions = store.documents().versions("whois", "cairn-sample-shop.com");
        assertThat(versions).extracting(StoredDocument::version).containsExactly(1, 2);
        assertThat(versions)
                .extracting(v -> v.document().fetchedAt())
                .containsExactly(Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-08T08:00:00Z"));
        Artifact domain = Artifact.of(ArtifactType.DOMAIN, "cairn-sample-shop.com");
        assertThat(store.documents().forArtifact(domain))
                .singleElement()
                .extracting(StoredDocument::version)
                .isEqualTo(2);
        assertThat(store.observations().list(domain, Dataset.WHOIS, Side.SUBJECT, 20))
                .extracting(o -> o.object().value())
                .containsExactlyInAnyOrder(
                        "registrar:Example Registrar, LLC",
                        "registrant-org:Example Shop B.V.",
                        "registrant-address:Noord-Holland, NL",
                        "name-server:ns1.example-dns.net",
                        "name-server:ns2.example-dns.net",
                        "name-server:ns3.example-dns.net");
    }

    @Test
    void shouldStoreACertificateChainAndPivotFromAClaimedNameToIt() throws IOException {
        ImportSummary summary = imported("chain.pem", resource("/cert/chain.pem"));

        assertThat(summary.format()).isEqualTo("cert");
        assertThat(summary.read()).isEqualTo(2);
        Artifact leaf = Artifact.of(ArtifactType.CERT, "51806544d6e638912c18576583febc2efd817d1d");
        assertThat(store.documents().latest("certificate", leaf.value()))
                .hasValueSatisfying(d -> assertThat(d.document().body())
                        .contains("\"subject\":\"C=NL,O=Example Shop,CN=shop.example.com\""));
        assertThat(store.observations()
                        .list(
                                Artifact.of(ArtifactType.DOMAIN, "shop.example.com"),
                                Dataset.CERTIFICATE,
                                Side.SUBJECT,
                                10))
                .extracting(Observation::object, o -> o.attributes().get("link"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(leaf, "san"));
    }

    @Test
    void shouldMeetZeeksCertificateDetailsFromTheAddressThatServedThem() throws IOException {
        String restore = "1300475168.853899";
        imported(
                "x509.log",
                new String(resource("/zeek/x509.ssl-basic.log"), StandardCharsets.UTF_8)
                        .replace("XXXXXXXXXX.XXXXXX", restore)
                        .getBytes(StandardCharsets.UTF_8));
        imported(
                "ssl.log",
                new String(resource("/zeek/ssl.ssl-basic.log"), StandardCharsets.UTF_8)
                        .replace("XXXXXXXXXX.XXXXXX", restore)
                        .getBytes(StandardCharsets.UTF_8));

        Artifact served = store.observations()
                .list(Artifact.of(ArtifactType.IP, "74.125.224.79"), Dataset.CERTIFICATE, Side.SUBJECT, 10)
                .get(0)
                .object();
        assertThat(store.documents().forArtifact(served))
                .singleElement()
                .satisfies(d -> assertThat(d.document().body()).contains("\"subject\":\"CN=*.gstatic.com,"));
    }
}
