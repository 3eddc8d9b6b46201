package io.cairn.ingest.zeek;

import static io.cairn.ingest.zeek.ZeekReads.RESTORED;
import static io.cairn.ingest.zeek.ZeekReads.SOURCE;
import static io.cairn.ingest.zeek.ZeekReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.document.Document;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZeekX509FormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GSTATIC = "a580247a25324adf4add5af648de4ac5798030dfd622f26a5f2280d7528ae244";

    private final ZeekX509Format x509 = new ZeekX509Format();

    static List<Document> documents(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Accepted)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .map(item -> ((Item.Documented) item).document())
                .toList();
    }

    @Test
    void shouldDescribeEachCertificateByItsFingerprint() throws Exception {
        List<Document> documents = documents(ZeekReads.restored(x509, "x509.ssl-basic.log"));

        assertThat(documents)
                .extracting(Document::key)
                .containsExactly(GSTATIC, "250da2691be97c9a33ceef7e311c14fb01846e058a99cea9bd1125bd25a0cad5");
        Document gstatic = documents.get(0);
        assertThat(gstatic.kind()).isEqualTo("certificate");
        assertThat(gstatic.artifact()).isEqualTo(Artifact.of(ArtifactType.CERT, GSTATIC));
        assertThat(gstatic.mediaType()).isEqualTo("application/json");
        assertThat(gstatic.validFrom()).isEqualTo(Instant.parse("2012-04-11T00:04:37Z"));
        assertThat(gstatic.fetchedAt()).isEqualTo(RESTORED);
        assertThat(gstatic.source()).isEqualTo(SOURCE);
        JsonNode body = JSON.readTree(gstatic.body());
        assertThat(body.toString())
                .isEqualTo("{\"subject\":\"CN=*.gstatic.com,O=Google Inc,L=Mountain View,ST=California,C=US\","
                        + "\"issuer\":\"CN=Google Internet Authority,O=Google Inc,C=US\",\"serial\":"
                        + "\"36F5DA5300000000505E\",\"not_before\":\"2012-04-11T00:04:37Z\",\"not_after\":"
                        + "\"2013-04-11T00:14:37Z\",\"san_dns\":[\"*.gstatic.com\",\"gstatic.com\","
                        + "\"*.metric.gstatic.com\"],\"san_ip\":[],\"sha1\":null,\"sha256\":\"" + GSTATIC
                        + "\",\"self_signed\":false,\"key_algorithm\":\"rsaEncryption\",\"key_size\":1024,"
                        + "\"signature_algorithm\":\"sha1WithRSAEncryption\",\"pem\":null}");
    }

    @Test
    void shouldReadEveryRowOfTheEventCachingSampleAsOneOfThreeCertificates() {
        List<Read> reads = ZeekReads.restored(x509, "x509.x509-event-caching.log");

        assertThat(reads).hasSize(6).allMatch(r -> r instanceof Read.Accepted);
        assertThat(documents(reads).stream().map(Document::key).distinct())
                .containsExactly(
                        "6bacfa4536150ed996f2b0c05ab6e345a257225f449aeb9d2018ccd88f4ede43",
                        "a047a37fa2d2e118a4f5095fe074d6cfe0e352425a7632bf8659c03919a6c81d",
                        "3c35cc963eb004451323d3275d05b353235053490d9cd83729a2faf5e7ca1cc0");
        assertThat(documents(reads).get(0).body())
                .isEqualTo(documents(reads).get(3).body());
    }

    @Test
    void shouldReadJsonRowsAsTheTsvOnes() throws Exception {
        String log = """
                {"ts":1700000000.5,"fingerprint":"%s","certificate.version":3,"certificate.serial":"0B6771",\
                "certificate.subject":"CN=Root","certificate.issuer":"CN=Root","certificate.not_valid_before":\
                1244493807.0,"certificate.not_valid_after":1370634207.0,"certificate.key_alg":"rsaEncryption",\
                "certificate.sig_alg":"sha256WithRSAEncryption","certificate.key_length":2048,"san.ip":["192.0.2.1"]}
                """.formatted(GSTATIC.toUpperCase());

        Document document = documents(ZeekReads.of(x509, log)).get(0);

        assertThat(document.key()).isEqualTo(GSTATIC);
        assertThat(document.fetchedAt()).isEqualTo(Instant.parse("2023-11-14T22:13:20.5Z"));
        JsonNode body = JSON.readTree(document.body());
        assertThat(body.get("self_signed").asBoolean()).isTrue();
        assertThat(body.get("san_ip").toString()).isEqualTo("[\"192.0.2.1\"]");
        assertThat(body.get("key_size").asInt()).isEqualTo(2048);
    }

    /** The self-signed test certificate as log-certs-base64 writes it: base64 DER on one line. */
    static String loggedCertificate() throws Exception {
        try (var in = ZeekX509FormatTest.class.getResourceAsStream("/cert/self-signed.pem")) {
            String pem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        }
    }

    @Test
    void shouldDescribeALoggedCertificateInFullEvenWithoutAFingerprint() throws Exception {
        String log = """
                #separator \\x09
                #set_separator	,
                #fields	ts	id	certificate.serial	certificate.subject	certificate.issuer	cert
                1700000000	FkYcqS2ZZQrMVFuS8j	1001	CN=selfsigned.example.org	CN=selfsigned.example.org	%s
                1700000000	FT0fBs2jsNGoaQpTXd	1001	CN=x	CN=x	bm90IGEgY2VydGlmaWNhdGU=
                """.formatted(loggedCertificate());
        List<Read> reads = ZeekReads.of(x509, log);
        String sha256 = "690abd2c397cc921435c7d42d268e1fa8ec8140568130b944a4fecb32bb8a630";

        Document document = documents(reads).get(0);
        assertThat(document.key()).isEqualTo(sha256);
        JsonNode body = JSON.readTree(document.body());
        assertThat(body.get("sha1").asText()).isEqualTo("623f42045170fe42d5a45d0889eefd10f4bf01d6");
        assertThat(body.get("subject").asText()).isEqualTo("C=NL,O=Cairn Test,CN=selfsigned.example.org");
        assertThat(body.get("pem").asText()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(rejections(reads))
                .singleElement()
                .asString()
                .startsWith("test.log:5 cert: cert is not a base64 DER certificate: ");
    }

    @Test
    void shouldRejectRowsWithoutAFingerprintOrWithBadFields() {
        String log = """
                #separator \\x09
                #set_separator	,
                #fields	ts	id	fingerprint	certificate.serial	certificate.subject	certificate.issuer	certificate.not_valid_before	certificate.not_valid_after	certificate.key_length
                1700000000	FkYcqS2ZZQrMVFuS8j	-	01	CN=a	CN=b	1244493807	1370634207	2048
                1700000000	-	%1$s	01	CN=a	CN=b	yesterday	1370634207	2048
                1700000000	-	%1$s	01	CN=a	CN=b	1244493807	1370634207	big
                1700000000	-	abc	01	CN=a	CN=b	1244493807	1370634207	2048
                1700000000	-	%1$s	-	CN=a	CN=b	1244493807	1370634207	2048
                """.formatted(GSTATIC);

        assertThat(rejections(ZeekReads.of(x509, log)))
                .containsExactly(
                        "test.log:4 fingerprint: no fingerprint: this x509.log names the certificate only by its file "
                                + "id, as older Zeek does; newer Zeek logs the fingerprint, and log-certs-base64 the "
                                + "certificate",
                        "test.log:5 certificate.not_valid_before: certificate.not_valid_before 'yesterday' is not a "
                                + "time in seconds since 1970",
                        "test.log:6 certificate.key_length: certificate.key_length 'big' is not a number",
                        "test.log:7 fingerprint: fingerprint 'abc' is not a certificate fingerprint: a certificate "
                                + "fingerprint is a SHA-1 (40 hex digits) or a SHA-256 (64 hex digits)",
                        "test.log:8 certificate.serial: missing certificate.serial");
    }
}
