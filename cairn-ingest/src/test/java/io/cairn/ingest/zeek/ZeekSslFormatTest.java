package io.cairn.ingest.zeek;

import static io.cairn.ingest.zeek.ZeekDnsFormatTest.domain;
import static io.cairn.ingest.zeek.ZeekDnsFormatTest.ip;
import static io.cairn.ingest.zeek.ZeekDnsFormatTest.seen;
import static io.cairn.ingest.zeek.ZeekReads.RESTORED;
import static io.cairn.ingest.zeek.ZeekReads.observations;
import static io.cairn.ingest.zeek.ZeekReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZeekSslFormatTest {
    private static final Map<String, String> PORT_443 = Map.of("port", "443");

    private final ZeekSslFormat ssl = new ZeekSslFormat();

    private static Artifact cert(String sha256) {
        return Artifact.of(ArtifactType.CERT, sha256);
    }

    @Test
    void shouldSeeTheServerCertificateAtTheAddressAndUnderTheSniName() {
        Artifact gstatic = cert("a580247a25324adf4add5af648de4ac5798030dfd622f26a5f2280d7528ae244");

        assertThat(observations(ZeekReads.restored(ssl, "ssl.ssl-basic.log")))
                .containsExactly(
                        seen(ip("74.125.224.79"), Dataset.CERTIFICATE, gstatic, PORT_443, RESTORED),
                        seen(domain("ssl.gstatic.com"), Dataset.CERTIFICATE, gstatic, PORT_443, RESTORED));
    }

    @Test
    void shouldAccountForEveryRowOfTheKnownCertsSampleAndLeaveIntermediatesOut() {
        List<Read> reads = ZeekReads.restored(ssl, "ssl.x509-known-certs.log");
        Artifact noSni = cert("7c4cb8ef8d84a20171b3ee521b2be4d973b5fcf9cfbd1786e5581c7fed14da47");
        Artifact google = cert("c4d4c1fde956a63916e6886df676570da046396d31ee1f8aad5d59c8865d274d");

        assertThat(reads).hasSize(8).allMatch(r -> r instanceof Read.Accepted);
        assertThat(observations(reads.subList(0, 4)))
                .hasSize(4)
                .containsOnly(seen(ip("142.250.179.196"), Dataset.CERTIFICATE, noSni, PORT_443, RESTORED));
        assertThat(observations(reads.subList(4, 8)))
                .hasSize(8)
                .containsOnly(
                        seen(ip("142.250.179.196"), Dataset.CERTIFICATE, google, PORT_443, RESTORED),
                        seen(domain("www.google.com"), Dataset.CERTIFICATE, google, PORT_443, RESTORED));
        assertThat(rejections(ZeekReads.resource(ssl, "ssl.x509-known-certs.log")))
                .hasSize(8)
                .allMatch(r -> r.endsWith("ts: ts 'XXXXXXXXXX.XXXXXX' is not a time in seconds since 1970"));
    }

    @Test
    void shouldAcceptSessionsWithoutCertificatesAndRejectLogsThatOnlyNameFileIds() {
        String log = """
                #separator \\x09
                #fields	ts	id.resp_h	id.resp_p	server_name	resumed	cert_chain_fuids
                1700000000	192.0.2.1	443	example.com	T	(empty)
                1700000000	192.0.2.1	443	example.com	F	FkYcqS2ZZQrMVFuS8j,FT0fBs2jsNGoaQpTXd
                """;
        List<Read> reads = ZeekReads.of(ssl, log);

        assertThat(reads.get(0))
                .isInstanceOfSatisfying(
                        Read.Accepted.class, a -> assertThat(a.items()).isEmpty());
        assertThat(rejections(reads))
                .containsExactly("test.log:4 cert_chain_fuids: the certificates are named only by file ids "
                        + "(cert_chain_fuids), and no x509*.log lies beside this log to resolve them; put the x509.log "
                        + "of the same capture next to it");
    }

    @Test
    void shouldRejectBadFingerprintsAddressesAndNames() {
        String fp = "a580247a25324adf4add5af648de4ac5798030dfd622f26a5f2280d7528ae244";
        String log = """
                #separator \\x09
                #fields	ts	id.resp_h	id.resp_p	server_name	cert_chain_fps
                1700000000	192.0.2.1	443	-	abc
                1700000000	192.0.2.300	443	-	%1$s
                1700000000	192.0.2.1	443	bad name	%1$s
                1700000000	192.0.2.1	8443	192.0.2.1	%1$s
                """.formatted(fp);
        List<Read> reads = ZeekReads.of(ssl, log);

        assertThat(rejections(reads))
                .hasSize(3)
                .satisfiesExactly(
                        r -> assertThat(r)
                                .startsWith("test.log:3 cert_chain_fps: cert_chain_fps 'abc' is not a "
                                        + "certificate fingerprint: "),
                        r -> assertThat(r)
                                .startsWith("test.log:4 id.resp_h: id.resp_h '192.0.2.300' is not an IP address"),
                        r -> assertThat(r)
                                .startsWith("test.log:5 server_name: server_name 'bad name' is not a domain name"));
        assertThat(observations(reads))
                .as("an address sent as SNI adds nothing to the responder's observation")
                .containsExactly(seen(
                        ip("192.0.2.1"),
                        Dataset.CERTIFICATE,
                        cert(fp),
                        Map.of("port", "8443"),
                        Instant.ofEpochSecond(1_700_000_000L)));
    }
}
