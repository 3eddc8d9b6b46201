package io.cairn.ingest.zeek;

import static io.cairn.ingest.zeek.ZeekDnsFormatTest.domain;
import static io.cairn.ingest.zeek.ZeekDnsFormatTest.ip;
import static io.cairn.ingest.zeek.ZeekDnsFormatTest.seen;
import static io.cairn.ingest.zeek.ZeekReads.observations;
import static io.cairn.ingest.zeek.ZeekReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.observation.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ssl.log of older Zeek names certificates by file id; the x509 log beside it gives their fingerprints. */
class ZeekFileIdsTest {
    private static final String FP = "a580247a25324adf4add5af648de4ac5798030dfd622f26a5f2280d7528ae244";
    private static final String SSL = """
            #separator \\x09
            #set_separator	,
            #path	ssl
            #fields	ts	uid	id.resp_h	id.resp_p	server_name	resumed	established	cert_chain_fuids
            1300475168.853899	C1	74.125.224.79	443	ssl.gstatic.com	F	T	FkYcqS2ZZQrMVFuS8j,FT0fBs2jsNGoaQpTXd
            1300475169.000000	C2	74.125.224.79	443	ssl.gstatic.com	F	T	Fmissing0000000000
            """;
    private static final String X509 = """
            #separator \\x09
            #set_separator	,
            #path	x509
            #fields	ts	id	fingerprint	certificate.serial	certificate.subject	certificate.issuer
            1300475168.9	FkYcqS2ZZQrMVFuS8j	%s	36F5DA5300000000505E	CN=*.gstatic.com	CN=Google Internet Authority
            """.formatted(FP);

    @TempDir
    Path capture;

    private List<Read> readSsl(Path log) throws IOException {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader =
                new ZeekSslFormat().read(log.toString(), Files.newInputStream(log), ZeekReads.CONTEXT)) {
            reader.forEachRemaining(reads::add);
        }
        return reads;
    }

    @Test
    void shouldResolveFileIdsThroughTheX509LogBesideTheSslLog() throws IOException {
        Path ssl = Files.writeString(capture.resolve("ssl.log"), SSL);
        Files.writeString(capture.resolve("x509.log"), X509);
        Artifact cert = Artifact.of(ArtifactType.CERT, FP);
        Instant at = Instant.parse("2011-03-18T19:06:08.853899Z");

        List<Read> reads = readSsl(ssl);

        assertThat(observations(reads))
                .containsExactly(
                        seen(ip("74.125.224.79"), Dataset.CERTIFICATE, cert, Map.of("port", "443"), at),
                        seen(domain("ssl.gstatic.com"), Dataset.CERTIFICATE, cert, Map.of("port", "443"), at));
        assertThat(rejections(reads))
                .containsExactly(
                        ssl + ":6 cert_chain_fuids: file id Fmissing0000000000 has no fingerprint in x509.log");
    }

    @Test
    void shouldResolveFileIdsThroughCertificatesLoggedWithoutFingerprints() throws Exception {
        Path ssl = Files.writeString(capture.resolve("ssl.log"), SSL);
        Files.writeString(
                capture.resolve("x509.2011-03-18.log"), """
                #separator \\x09
                #path	x509
                #fields	ts	id	certificate.serial	certificate.subject	certificate.issuer	cert
                1300475168.9	Fmissing0000000000	1001	CN=s	CN=s	%s
                """.formatted(ZeekX509FormatTest.loggedCertificate()));
        Files.writeString(capture.resolve("x509.log"), X509);

        assertThat(rejections(readSsl(ssl))).isEmpty();
        assertThat(observations(readSsl(ssl)))
                .extracting(o -> o.object().value())
                .containsExactly(
                        FP,
                        FP,
                        "690abd2c397cc921435c7d42d268e1fa8ec8140568130b944a4fecb32bb8a630",
                        "690abd2c397cc921435c7d42d268e1fa8ec8140568130b944a4fecb32bb8a630");
    }

    @Test
    void shouldSayWhatIsMissingWhenNoX509LogLiesBeside() throws IOException {
        Path ssl = Files.writeString(capture.resolve("ssl.log"), SSL);

        assertThat(rejections(readSsl(ssl)))
                .hasSize(2)
                .allMatch(r -> r.endsWith("no x509*.log lies beside this log to resolve them; put the x509.log of "
                        + "the same capture next to it"));
    }
}
