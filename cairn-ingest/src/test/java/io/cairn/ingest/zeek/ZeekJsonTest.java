package io.cairn.ingest.zeek;

import static io.cairn.ingest.zeek.ZeekDnsFormatTest.domain;
import static io.cairn.ingest.zeek.ZeekDnsFormatTest.ip;
import static io.cairn.ingest.zeek.ZeekDnsFormatTest.seen;
import static io.cairn.ingest.zeek.ZeekReads.observations;
import static io.cairn.ingest.zeek.ZeekReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZeekJsonTest {
    private final ZeekDnsFormat dns = new ZeekDnsFormat();

    @Test
    void shouldReadJsonRowsWithNumericOrIsoTimesAndArrays() {
        String log = """
                {"ts":1300475168.853899,"uid":"C1","query":"upload.wikimedia.org","qtype_name":"A","answers":["upload.pmtpa.wikimedia.org","208.80.152.3"],"TTLs":[124.0,2156.0],"rejected":false}

                {"ts":"2011-03-18T19:06:09.5Z","uid":"C2","query":"example.com","qtype_name":"AAAA","rejected":false}
                {"ts":"2011-03-18T19:06:10Z","uid":"C3","query":"example.com","qtype_name":"AAAA","answers":["2001:db8::1"]}
                """;
        List<Read> reads = ZeekReads.of(dns, log);
        Instant first = Instant.parse("2011-03-18T19:06:08.853899Z");

        assertThat(reads).extracting(r -> r.position().line()).containsExactly(1L, 3L, 4L);
        assertThat(reads).allMatch(r -> r instanceof Read.Accepted);
        assertThat(observations(reads))
                .containsExactly(
                        seen(
                                domain("upload.wikimedia.org"),
                                Dataset.DNS_RECORD,
                                domain("upload.pmtpa.wikimedia.org"),
                                Map.of("rrtype", "CNAME", "ttl", "124"),
                                first),
                        seen(
                                domain("upload.wikimedia.org"),
                                Dataset.RESOLUTION,
                                ip("208.80.152.3"),
                                Map.of("rrtype", "A", "ttl", "2156"),
                                first),
                        seen(
                                domain("upload.pmtpa.wikimedia.org"),
                                Dataset.RESOLUTION,
                                ip("208.80.152.3"),
                                Map.of("rrtype", "A", "ttl", "2156"),
                                first),
                        seen(
                                domain("example.com"),
                                Dataset.RESOLUTION,
                                ip("2001:db8::1"),
                                Map.of("rrtype", "AAAA"),
                                Instant.parse("2011-03-18T19:06:10Z")));
    }

    @Test
    void shouldRejectBrokenRowsAndRowsOfOtherLogsAndGoOn() {
        String log = """
                {"ts":1700000000,"uid":"C1","query":"a.example.com","qtype_name":"A","answers":["192.0.2.1"]
                {"_path":"conn","ts":1700000000,"uid":"C2"}
                {"ts":"yesterday","uid":"C3","query":"a.example.com","qtype_name":"A","answers":["192.0.2.1"]}
                {"ts":-1,"uid":"C4","query":"a.example.com","qtype_name":"A","answers":["192.0.2.1"]}
                ["not","an","object"]
                {"_path":"dns","ts":1700000000,"uid":"C5","query":"a.example.com","qtype_name":"A","answers":"192.0.2.1"}
                """;
        List<Read> reads = ZeekReads.of(dns, log);

        assertThat(rejections(reads))
                .containsExactly(
                        "test.log:1: not valid JSON at column 93: Unexpected end-of-input: expected close marker for Object",
                        "test.log:2 _path: a row of the conn log, not dns",
                        "test.log:3 ts: ts 'yesterday' is not a time in seconds since 1970",
                        "test.log:4 ts: ts -1 is not a time between 1970 and 9999",
                        "test.log:5: not a JSON object");
        assertThat(observations(reads))
                .as("a lone value where Zeek writes an array is taken as one element")
                .containsExactly(seen(
                        domain("a.example.com"),
                        Dataset.RESOLUTION,
                        ip("192.0.2.1"),
                        Map.of("rrtype", "A"),
                        Instant.ofEpochSecond(1_700_000_000L)));
    }
}
