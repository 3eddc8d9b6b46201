package io.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.cert.CertificateFormat;
import io.cairn.ingest.csv.FeodoFormat;
import io.cairn.ingest.csv.GenericCsvFormat;
import io.cairn.ingest.csv.MalwareBazaarFormat;
import io.cairn.ingest.csv.SentinelFormat;
import io.cairn.ingest.csv.SslblFormat;
import io.cairn.ingest.csv.ThreatFoxFormat;
import io.cairn.ingest.csv.UrlhausFormat;
import io.cairn.ingest.misp.MispEventFormat;
import io.cairn.ingest.pdns.CofFormat;
import io.cairn.ingest.rdap.RdapFormat;
import io.cairn.ingest.stix.StixBundleFormat;
import io.cairn.ingest.zeek.ZeekDnsFormat;
import io.cairn.ingest.zeek.ZeekHttpFormat;
import io.cairn.ingest.zeek.ZeekSslFormat;
import io.cairn.ingest.zeek.ZeekX509Format;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format the application offers, over samples of each: each input goes where it belongs. */
class DetectionAcrossFormatsTest {
    private static final Formats FORMATS = new Formats(List.of(
            new StixBundleFormat(),
            new MispEventFormat(),
            new CofFormat(),
            new ZeekDnsFormat(),
            new ZeekSslFormat(),
            new ZeekHttpFormat(),
            new ZeekX509Format(),
            new RdapFormat(),
            new CertificateFormat(),
            new UrlhausFormat(),
            new MalwareBazaarFormat(),
            new ThreatFoxFormat(),
            new FeodoFormat(),
            new SslblFormat(),
            new SentinelFormat(),
            new GenericCsvFormat()));

    private static Optional<String> detect(String resource) throws IOException {
        try (InputStream in = DetectionAcrossFormatsTest.class.getResourceAsStream(resource)) {
            byte[] head = in.readNBytes(Formats.HEAD_BYTES);
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return FORMATS.detect(name, head).map(Format::name);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/rdap/rfc9083-domain.json, rdap",
        "/rdap/registrar-redacted.json, rdap",
        "/rdap/lookups.jsonl, rdap",
        "/cert/self-signed.pem, cert",
        "/cert/chain.pem, cert",
        "/cert/expired.der, cert",
        "/cert/short-lived.crt, cert",
        "/cert/private-key-only.pem, cert",
        "/zeek/x509.ssl-basic.log, zeek-x509",
        "/zeek/x509.x509-event-caching.log, zeek-x509",
        "/zeek/ssl.ssl-basic.log, zeek-ssl",
        "/zeek/dns.opt-basic.log, zeek-dns",
        "/pdns/data.json, cof",
        "/stix/apt1.json, stix",
        "/stix/poisonivy.json, stix",
        "/misp/existing_event.json, misp",
        "/misp/57c4445b-c548-4654-af0b-4be3950d210f.json, misp",
        "/csv/urlhaus_recent_sample.csv, urlhaus",
        "/csv/sslblacklist_1.csv, sslbl",
        "/csv/threatfox_recent_sample.csv, threatfox",
    })
    void shouldSendEachSampleToItsOwnFormat(String resource, String format) throws IOException {
        assertThat(detect(resource)).contains(format);
    }

    @ParameterizedTest
    @CsvSource({"/zeek/conn.opt-basic.log", "/warninglist/amazon-aws.json"})
    void shouldLeaveWhatNoFormatReadsUnclaimed(String resource) throws IOException {
        assertThat(detect(resource)).isEmpty();
    }
}
