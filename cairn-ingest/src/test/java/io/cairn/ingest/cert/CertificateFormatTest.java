package io.cairn.ingest.cert;

import static io.cairn.ingest.cert.CertReads.IMPORTED;
import static io.cairn.ingest.cert.CertReads.SOURCE;
import static io.cairn.ingest.cert.CertReads.documents;
import static io.cairn.ingest.cert.CertReads.observations;
import static io.cairn.ingest.cert.CertReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.document.Document;
import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SAN = Map.of("link", "san");

    static Artifact cert(String fingerprint) {
        return Artifact.of(ArtifactType.CERT, fingerprint);
    }

    static Observation claim(ArtifactType type, String name, Artifact cert, Map<String, String> attributes) {
        return new Observation(
                Artifact.of(type, name), Dataset.CERTIFICATE, cert, IMPORTED, IMPORTED, 1, Set.of(SOURCE), attributes);
    }

    private static JsonNode body(Document document) throws Exception {
        return JSON.readTree(document.body());
    }

    @Test
    void shouldDescribeASelfSignedCertificateAndItsDnsAndIpClaims() throws Exception {
        List<Read> reads = CertReads.resource("self-signed.pem");
        Artifact cert = cert("623f42045170fe42d5a45d0889eefd10f4bf01d6");

        assertThat(reads)
                .singleElement()
                .extracting(r -> r.position().toString())
                .isEqualTo("self-signed.pem:1");
        Document document = documents(reads).get(0);
        assertThat(document.kind()).isEqualTo("certificate");
        assertThat(document.key()).isEqualTo("623f42045170fe42d5a45d0889eefd10f4bf01d6");
        assertThat(document.artifact()).isEqualTo(cert);
        assertThat(document.mediaType()).isEqualTo("application/json");
        assertThat(document.validFrom()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(document.fetchedAt()).isEqualTo(IMPORTED);
        assertThat(document.source()).isEqualTo(SOURCE);
        JsonNode body = body(document);
        assertThat(body.get("subject").asText()).isEqualTo("C=NL,O=Cairn Test,CN=selfsigned.example.org");
        assertThat(body.get("issuer").asText()).isEqualTo("C=NL,O=Cairn Test,CN=selfsigned.example.org");
        assertThat(body.get("serial").asText()).isEqualTo("1001");
        assertThat(body.get("not_before").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(body.get("not_after").asText()).isEqualTo("2035-01-01T00:00:00Z");
        assertThat(body.get("san_dns").toString())
                .isEqualTo("[\"selfsigned.example.org\",\"www.selfsigned.example.org\"]");
        assertThat(body.get("san_ip").toString()).isEqualTo("[\"192.0.2.10\",\"2001:db8::10\"]");
        assertThat(body.get("sha256").asText())
                .isEqualTo("690abd2c397cc921435c7d42d268e1fa8ec8140568130b944a4fecb32bb8a630");
        assertThat(body.get("self_signed").asBoolean()).isTrue();
        assertThat(body.get("key_algorithm").asText()).isEqualTo("EC");
        assertThat(body.get("key_size").asInt()).isEqualTo(256);
        assertThat(body.get("signature_algorithm").asText()).isEqualTo("SHA256withECDSA");
        assertThat(body.get("pem").asText()).isEqualTo(new String(CertReads.bytes("self-signed.pem")));
        assertThat(observations(reads))
                .containsExactly(
                        claim(ArtifactType.DOMAIN, "selfsigned.example.org", cert, SAN),
                        claim(ArtifactType.DOMAIN, "www.selfsigned.example.org", cert, SAN),
                        claim(ArtifactType.IP, "192.0.2.10", cert, SAN),
                        claim(ArtifactType.IP, "2001:db8::10", cert, SAN));
    }

    @Test
    void shouldReadEveryCertificateOfAChainAmongTheTextAroundIt() throws Exception {
        List<Read> reads = CertReads.resource("chain.pem");
        Artifact leaf = cert("51806544d6e638912c18576583febc2efd817d1d");
        Artifact root = cert("41a61af309844c62a1158ef54fb0aec27466576a");

        assertThat(reads).extracting(r -> r.position().toString()).containsExactly("chain.pem:3", "chain.pem:25");
        assertThat(documents(reads)).extracting(Document::artifact).containsExactly(leaf, root);
        JsonNode shop = body(documents(reads).get(0));
        assertThat(shop.get("issuer").asText()).isEqualTo("C=NL,O=Cairn Test,CN=Cairn Test Root CA");
        assertThat(shop.get("self_signed").asBoolean()).isFalse();
        assertThat(shop.get("key_algorithm").asText()).isEqualTo("RSA");
        assertThat(shop.get("key_size").asInt()).isEqualTo(2048);
        assertThat(shop.get("signature_algorithm").asText()).isEqualTo("SHA256withRSA");
        assertThat(body(documents(reads).get(1)).get("self_signed").asBoolean()).isTrue();
        assertThat(observations(reads))
                .as("a wildcard claims its parent domain; the CA claims no name")
                .containsExactly(
                        claim(ArtifactType.DOMAIN, "shop.example.com", leaf, SAN),
                        claim(ArtifactType.DOMAIN, "cdn.example.com", leaf, Map.of("link", "san", "wildcard", "true")),
                        claim(ArtifactType.IP, "198.51.100.7", leaf, SAN));
    }

    @Test
    void shouldReadADerCertificateThatHasExpired() throws Exception {
        List<Read> reads = CertReads.resource("expired.der");
        Artifact cert = cert("a3487b299d7547d0b9587e593acb859558dbb0aa");

        assertThat(rejections(reads)).isEmpty();
        Document document = documents(reads).get(0);
        assertThat(document.key()).isEqualTo("a3487b299d7547d0b9587e593acb859558dbb0aa");
        assertThat(document.validFrom()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(body(document).get("not_after").asText()).isEqualTo("2021-01-01T00:00:00Z");
        assertThat(body(document).get("sha256").asText())
                .isEqualTo("8166a922b753f78f6ed905187bf869f4471254e814c7ca3521a400e7fce9a15b");
        assertThat(body(document).get("pem").asText()).startsWith("-----BEGIN CERTIFICATE-----\nMII");
        assertThat(observations(reads)).containsExactly(claim(ArtifactType.DOMAIN, "expired.example.net", cert, SAN));
    }

    @Test
    void shouldKeepTheOneDayValidityOfAShortLivedCertificate() throws Exception {
        Document document = documents(CertReads.resource("short-lived.crt")).get(0);

        assertThat(document.key()).isEqualTo("5bdbf0c0f85b978c868acbcf6897842058bbdb1a");
        assertThat(body(document).get("not_before").asText()).isEqualTo("2026-03-15T00:00:00Z");
        assertThat(body(document).get("not_after").asText()).isEqualTo("2026-03-16T00:00:00Z");
        assertThat(body(document).get("serial").asText()).isEqualTo("1004");
    }
}
