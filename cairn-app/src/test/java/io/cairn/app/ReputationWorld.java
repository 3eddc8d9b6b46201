package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.document.Document;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.ingest.cert.CertificateDetails;
import io.cairn.ingest.warninglist.WarningListImport;
import io.cairn.store.BulkListener;
import io.cairn.store.jdbc.JdbcStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A real SQLite store filled through the real importers and bulk loads, at a fixed "now". */
final class ReputationWorld implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    final JdbcStore store;
    private final Importer importer;

    ReputationWorld(Path dir) {
        store = JdbcStore.open(dir);
        store.migrate();
        importer = new Importer(store, FormatCatalog.formats());
    }

    /** Imports {@code text} as {@code format}, crediting {@code source}; every record must be stored. */
    ReputationWorld importText(String format, String source, String text) throws IOException {
        ImportOutcome outcome = importer.run(
                Input.of(source + "." + format, text.getBytes(StandardCharsets.UTF_8)),
                format,
                new ImportContext(source, 60, Tlp.CLEAR, NOW),
                true,
                ImportListener.none());
        assertThat(outcome).as(text).isInstanceOf(ImportOutcome.Imported.class);
        return this;
    }

    ReputationWorld warningList(String json) throws IOException {
        var outcome = new WarningListImport(store)
                .run(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "list.json");
        assertThat(outcome).isInstanceOf(WarningListImport.Imported.class);
        return this;
    }

    ReputationWorld indicators(Indicator... indicators) {
        store.indicators().bulkLoad(List.of(indicators).iterator(), BulkListener.none());
        return this;
    }

    ReputationWorld documents(Document... documents) {
        store.documents().bulkLoad(List.of(documents).iterator(), BulkListener.none());
        return this;
    }

    /** An indicator of {@code artifact} from {@code source}, last seen at {@code lastSeen}. */
    static Indicator listed(Artifact artifact, String source, String stixId, int confidence, Instant lastSeen) {
        return new Indicator(
                artifact,
                null,
                source,
                stixId,
                lastSeen,
                confidence,
                Tlp.GREEN,
                lastSeen.minusSeconds(86_400),
                null,
                false,
                Set.of("malicious-activity"),
                List.of(),
                lastSeen.minusSeconds(86_400),
                lastSeen);
    }

    static Artifact domain(String name) {
        return Artifacts.parse(ArtifactType.DOMAIN, name).toOptional().orElseThrow();
    }

    static Artifact ip(String address) {
        return Artifacts.parse(ArtifactType.IP, address).toOptional().orElseThrow();
    }

    static Artifact of(String typed) {
        int colon = typed.indexOf(':');
        return Artifacts.parse(ArtifactType.fromId(typed.substring(0, colon)).orElseThrow(), typed.substring(colon + 1))
                .toOptional()
                .orElseThrow();
    }

    /** One observation line of Cairn's own format. */
    static String observation(
            String subject, String dataset, String object, String first, String last, String attributes) {
        return "{\"subject\":\"" + subject + "\",\"dataset\":\"" + dataset + "\",\"object\":\"" + object
                + "\",\"first_seen\":\"" + first + "T00:00:00Z\",\"last_seen\":\"" + last + "T00:00:00Z\""
                + (attributes.isEmpty() ? "" : ",\"attributes\":{" + attributes + "}") + "}\n";
    }

    /** An RDAP domain object registered and changed on the days given. */
    static String rdap(String domain, String registered, String changed, String email, String nameServer) {
        return """
                {"objectClassName":"domain","ldhName":"%s",
                 "events":[{"eventAction":"registration","eventDate":"%sT00:00:00Z"},
                           {"eventAction":"last changed","eventDate":"%sT00:00:00Z"},
                           {"eventAction":"last update of RDAP database","eventDate":"2026-10-31T00:00:00Z"}],
                 "entities":[{"objectClassName":"entity","roles":["registrar"],
                              "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Example Registrar Inc"]]]},
                             {"objectClassName":"entity","roles":["registrant"],
                              "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Ivan Burner"],
                                                     ["org",{},"text","Burner Holdings"],["email",{},"text","%s"]]]}],
                 "nameservers":[{"objectClassName":"nameserver","ldhName":"%s"}]}
                """.formatted(domain, registered, changed, email, nameServer).replace("\n", "");
    }

    /** A certificate document as the certificate importers write them. */
    static Document certificate(Artifact cert, boolean selfSigned, String notBefore) {
        return new CertificateDetails(
                        "CN=portal",
                        selfSigned ? "CN=portal" : "CN=Example CA",
                        "01",
                        Instant.parse(notBefore + "T00:00:00Z"),
                        Instant.parse("2027-10-01T00:00:00Z"),
                        List.of("portal.example"),
                        List.of(),
                        cert.value(),
                        null,
                        selfSigned,
                        null,
                        null,
                        null,
                        null)
                .document(cert, cert.value(), NOW, "zeek");
    }

    @Override
    public void close() {
        store.close();
    }
}
