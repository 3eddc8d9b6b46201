package io.cairn.ingest.cert;

import static io.cairn.ingest.cert.CertReads.documents;
import static io.cairn.ingest.cert.CertReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.ingest.FormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateRejectionTest {

    @Test
    void shouldRejectABlockThatDecodesToSomethingElse() {
        assertThat(rejections(CertReads.resource("garbage.pem")))
                .singleElement()
                .asString()
                .startsWith("garbage.pem:1: the CERTIFICATE block is not an X.509 certificate: ");
    }

    @Test
    void shouldRejectAPrivateKeyAndSayOnlyCertificatesAreRead() {
        assertThat(rejections(CertReads.resource("private-key-only.pem")))
                .containsExactly(
                        "private-key-only.pem:1: a PRIVATE KEY block, not a certificate; only certificates are read");
    }

    @Test
    void shouldRejectATruncatedDerFile() {
        assertThat(rejections(CertReads.resource("truncated.der")))
                .singleElement()
                .asString()
                .startsWith("truncated.der: DER is not an X.509 certificate: ");
    }

    @Test
    void shouldRejectBadBlocksAndStillReadTheGoodOnes() {
        String good = new String(CertReads.bytes("self-signed.pem"), StandardCharsets.US_ASCII);
        String text = "-----BEGIN CERTIFICATE-----\nnot base64 !!!\n-----END CERTIFICATE-----\n" + good
                + "-----BEGIN CERTIFICATE-----\nMIIB\n";
        var reads = CertReads.read("mixed.pem", text.getBytes(StandardCharsets.US_ASCII));

        assertThat(documents(reads))
                .extracting(d -> d.key())
                .containsExactly("623f42045170fe42d5a45d0889eefd10f4bf01d6");
        assertThat(rejections(reads))
                .containsExactly(
                        "mixed.pem:1: the CERTIFICATE block is not base64: Illegal base64 character 20",
                        "mixed.pem:17: the CERTIFICATE block has no -----END CERTIFICATE----- line: the file is cut short");
    }

    @Test
    void shouldRefuseTextWithoutAnyPemBlock() {
        assertThatThrownBy(() -> CertReads.read("notes.txt", "just notes\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(FormatException.class)
                .hasMessage("notes.txt: neither PEM (no -----BEGIN CERTIFICATE----- line) nor DER");
    }

    @Test
    void shouldDetectPemByItsHeaderAndDerByItsPrefixAndName() {
        CertificateFormat format = new CertificateFormat();
        byte[] der = CertReads.bytes("expired.der");

        assertThat(format.detect("chain.txt", CertReads.bytes("chain.pem"))).isEqualTo(95);
        assertThat(format.detect("site.cer", der)).isEqualTo(90);
        assertThat(format.detect("site.bin", der)).isZero();
        assertThat(format.detect("key.pem", CertReads.bytes("private-key-only.pem")))
                .isEqualTo(40);
        assertThat(format.detect("data.crt", "ts,domain\n".getBytes(StandardCharsets.US_ASCII)))
                .isZero();
        assertThat(List.of(format.detect("x.der", new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})))
                .containsExactly(0);
    }
}
