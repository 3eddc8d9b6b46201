package io.cairn.ingest.zeek;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Format;
import io.cairn.ingest.Formats;
import io.cairn.ingest.pdns.CofFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each format claims its own inputs above every other format, and none claims the others'. */
class DetectionTest {
    private static final List<Format> ALL = List.of(
            new CofFormat(), new ZeekDnsFormat(), new ZeekSslFormat(), new ZeekHttpFormat(), new ZeekX509Format());
    private static final Formats FORMATS = new Formats(ALL);

    private static final Map<String, String> JSON = Map.of(
            "dns", """
                    {"ts":1300475168.85,"uid":"C1","id.orig_h":"10.0.0.1","trans_id":42,"query":"example.com",\
                    "qtype_name":"A","AA":false,"RD":true,"rejected":false}
                    """,
            "ssl", """
                    {"ts":1300475168.85,"uid":"C1","id.resp_h":"192.0.2.1","id.resp_p":443,"version":"TLSv12",\
                    "resumed":false,"established":true,"cert_chain_fps":["ab"]}
                    """,
            "http", """
                    {"ts":1300475168.85,"uid":"C1","trans_depth":1,"method":"GET","host":"example.com",\
                    "tags":[],"status_code":200}
                    """,
            "x509", """
                    {"ts":1300475168.85,"fingerprint":"ab","certificate.version":3,"certificate.serial":"0B6771",\
                    "certificate.subject":"CN=a","certificate.issuer":"CN=b"}
                    """,
            "cof", """
                    {"rrname":"example.com","rrtype":"A","rdata":["192.0.2.1"],"time_first":1,"time_last":2}
                    """,
            "dns-path", """
                    {"_path":"dns","ts":1300475168.85,"uid":"C1"}
                    """,
            "conn-path", """
                    {"_path":"conn","ts":1300475168.85,"uid":"C1","trans_id":42,"RD":true,"rejected":false}
                    """);

    private static byte[] head(String name) throws IOException {
        if (JSON.containsKey(name)) {
            return JSON.get(name).getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = DetectionTest.class.getResourceAsStream(name)) {
            return in.readNBytes(Formats.HEAD_BYTES);
        }
    }

    private static Map<String, Integer> scores(byte[] head) {
        return ALL.stream().collect(Collectors.toMap(Format::name, f -> f.detect("input", head)));
    }

    @ParameterizedTest
    @CsvSource({
        "/zeek/dns.opt-basic.log, zeek-dns, 95",
        "/zeek/dns.core-ipv6-frag.log, zeek-dns, 95",
        "/zeek/ssl.ssl-basic.log, zeek-ssl, 95",
        "/zeek/ssl.x509-known-certs.log, zeek-ssl, 95",
        "/zeek/http.opt-basic.log, zeek-http, 95",
        "/zeek/http.http-methods.log, zeek-http, 95",
        "/zeek/x509.ssl-basic.log, zeek-x509, 95",
        "/zeek/x509.x509-event-caching.log, zeek-x509, 95",
        "/pdns/data.json, cof, 95",
        "dns, zeek-dns, 85",
        "ssl, zeek-ssl, 85",
        "http, zeek-http, 85",
        "x509, zeek-x509, 85",
        "cof, cof, 95",
        "dns-path, zeek-dns, 95",
    })
    void shouldBeClaimedByItsOwnFormatAlone(String input, String format, int score) throws IOException {
        Map<String, Integer> scores = scores(head(input));

        assertThat(scores).containsEntry(format, score);
        scores.forEach((name, other) -> {
            if (!name.equals(format)) {
                assertThat(other).as(name + " on " + input).isZero();
            }
        });
        assertThat(FORMATS.detect("input", head(input))).map(Format::name).contains(format);
    }

    @ParameterizedTest
    @CsvSource({"/zeek/conn.opt-basic.log", "conn-path"})
    void shouldLeaveOtherZeekLogsUnclaimed(String input) throws IOException {
        assertThat(scores(head(input)))
                .allSatisfy((name, score) -> assertThat(score).as(name).isZero());
        assertThat(FORMATS.detect("input", head(input))).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"zeek-dns, ts;uid;trans_id;query;RD;rejected", "zeek-http, ts;uid;trans_depth;host;tags"})
    void shouldRecogniseATsvHeaderWithoutPathByItsFields(String format, String fields) {
        String head = "#separator \\x09\n#fields\t" + fields.replace(';', '\t') + "\n";

        assertThat(scores(head.getBytes(StandardCharsets.UTF_8)))
                .containsEntry(format, 80)
                .allSatisfy((name, score) -> assertThat(score).isEqualTo(name.equals(format) ? 80 : 0));
    }
}
