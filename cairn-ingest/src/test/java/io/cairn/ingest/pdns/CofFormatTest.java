package io.cairn.ingest.pdns;

import static io.cairn.ingest.pdns.CofReads.SOURCE;
import static io.cairn.ingest.pdns.CofReads.observations;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CofFormatTest {
    private static final Instant FIRST = Instant.ofEpochSecond(1_600_000_000L);
    private static final Instant LAST = Instant.ofEpochSecond(1_700_000_000L);

    private static Artifact domain(String name) {
        return Artifact.of(ArtifactType.DOMAIN, name);
    }

    private static Artifact ip(String address) {
        return Artifact.of(ArtifactType.IP, address);
    }

    private static Observation fact(Artifact subject, Dataset dataset, Artifact object, long count, String rrtype) {
        return new Observation(subject, dataset, object, FIRST, LAST, count, Set.of(SOURCE), Map.of("rrtype", rrtype));
    }

    private static String line(String rrname, String rrtype, String rdata) {
        return "{\"rrname\":\"" + rrname + "\",\"rrtype\":" + rrtype + ",\"rdata\":" + rdata
                + ",\"time_first\":1600000000,\"time_last\":1700000000,\"count\":3}";
    }

    @Test
    void shouldReadBothCirclSampleRecordsAsCnameRecordsWithTheirTimesAndCounts() {
        List<Read> reads = CofReads.resource("data.json");

        assertThat(reads).hasSize(2).allMatch(r -> r instanceof Read.Accepted);
        assertThat(reads)
                .extracting(Read::position)
                .containsExactly(Position.line("data.json", 1), Position.line("data.json", 2));
        assertThat(reads)
                .flatExtracting(r -> ((Read.Accepted) r).items())
                .containsExactly(
                        Item.of(new Observation(
                                domain("www.circl.lu"),
                                Dataset.DNS_RECORD,
                                domain("cpa.circl.lu"),
                                Instant.ofEpochSecond(1315586409),
                                Instant.ofEpochSecond(1449566799),
                                1909,
                                Set.of(SOURCE),
                                Map.of("rrtype", "CNAME"))),
                        Item.of(new Observation(
                                domain("www.circl.lu"),
                                Dataset.DNS_RECORD,
                                domain("cpab.circl.lu"),
                                Instant.ofEpochSecond(1449584660),
                                Instant.ofEpochSecond(1617676151),
                                2560,
                                Set.of(SOURCE),
                                Map.of("rrtype", "CNAME"))));
    }

    @Test
    void shouldTurnAddressRecordsIntoResolutionsOnePerRdataElement() {
        assertThat(observations(line("Evil.Example.COM.", "\"A\"", "[\"203.0.113.7\",\"198.51.100.1\"]")))
                .containsExactly(
                        fact(domain("evil.example.com"), Dataset.RESOLUTION, ip("203.0.113.7"), 3, "A"),
                        fact(domain("evil.example.com"), Dataset.RESOLUTION, ip("198.51.100.1"), 3, "A"));
        assertThat(observations(line("evil.example.com", "28", "\"2001:DB8:0:0::1\"")))
                .containsExactly(fact(domain("evil.example.com"), Dataset.RESOLUTION, ip("2001:db8::1"), 3, "AAAA"));
    }

    @Test
    void shouldKeepTheNameAnMxSrvOrSoaRecordPointsTo() {
        assertThat(observations(line("example.com", "\"MX\"", "[\"10 mx1.example.net.\",\"mx2.example.net\"]")))
                .containsExactly(
                        fact(domain("example.com"), Dataset.DNS_RECORD, domain("mx1.example.net"), 3, "MX"),
                        fact(domain("example.com"), Dataset.DNS_RECORD, domain("mx2.example.net"), 3, "MX"));
        assertThat(observations(line("_sip._tcp.example.com", "\"SRV\"", "\"0 5 5060 sip.example.com.\"")))
                .containsExactly(
                        fact(domain("_sip._tcp.example.com"), Dataset.DNS_RECORD, domain("sip.example.com"), 3, "SRV"));
        assertThat(observations(line(
                        "example.com",
                        "\"SOA\"",
                        "\"ns1.example.net. hostmaster.example.com. 2024010101 7200 900 1209600 300\"")))
                .containsExactly(fact(domain("example.com"), Dataset.DNS_RECORD, domain("ns1.example.net"), 3, "SOA"));
        assertThat(observations(line("example.com", "\"ns\"", "\"NS1.Example.NET.\"")))
                .containsExactly(fact(domain("example.com"), Dataset.DNS_RECORD, domain("ns1.example.net"), 3, "NS"));
    }

    @Test
    void shouldKeepTxtRecordsAsKeywordsWithTheirStringsJoined() {
        assertThat(observations(line(
                        "example.com",
                        "\"TXT\"",
                        "[\"\\\"v=spf1 include:_spf.example.net \\\" \\\"-all\\\"\",\"plain text\"]")))
                .containsExactly(
                        fact(
                                domain("example.com"),
                                Dataset.DNS_RECORD,
                                Artifact.of(ArtifactType.KEYWORD, "v=spf1 include:_spf.example.net -all"),
                                3,
                                "TXT"),
                        fact(
                                domain("example.com"),
                                Dataset.DNS_RECORD,
                                Artifact.of(ArtifactType.KEYWORD, "plain text"),
                                3,
                                "TXT"));
    }

    @Test
    void shouldTurnPtrRecordsOfReverseNamesIntoReverseDnsFromTheAddress() {
        assertThat(observations(line("7.113.0.203.in-addr.arpa.", "12", "\"host.example.com.\"")))
                .containsExactly(fact(ip("203.0.113.7"), Dataset.REVERSE_DNS, domain("host.example.com"), 3, "PTR"));
        String v6 = "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";
        assertThat(observations(line(v6, "\"PTR\"", "\"host6.example.com\"")))
                .containsExactly(fact(ip("2001:db8::1"), Dataset.REVERSE_DNS, domain("host6.example.com"), 3, "PTR"));
        assertThat(observations(line("_http._tcp.example.com", "\"PTR\"", "\"web.example.com\"")))
                .containsExactly(fact(
                        domain("_http._tcp.example.com"), Dataset.DNS_RECORD, domain("web.example.com"), 3, "PTR"));
    }

    @Test
    void shouldSpanSensorAndZoneTimesAndPreferMillisecondsWhenSent() {
        Observation o = observations("""
                {"rrname":"example.com","rrtype":"A","rdata":"192.0.2.1","time_first":1600000000,\
                "time_last":1600000100,"time_last_ms":1600000100250,"zone_time_first":1500000000,\
                "zone_time_last":1500000001}""").get(0);

        assertThat(o.firstSeen()).isEqualTo(Instant.ofEpochSecond(1_500_000_000L));
        assertThat(o.lastSeen()).isEqualTo(Instant.ofEpochMilli(1_600_000_100_250L));
        assertThat(o.count()).isEqualTo(1);
    }

    @Test
    void shouldTakeZoneTimesAloneAndKeepSensorAndBailiwickAsAttributes() {
        Observation o = observations("""
                {"rrname":"example.com","rrtype":"NS","rdata":["ns.example.net."],"zone_time_first":1500000000,\
                "zone_time_last":1500000500,"sensor_id":"sensor-7","bailiwick":"com.","origin":"x","extra":{"a":[1]}}""").get(0);

        assertThat(o.firstSeen()).isEqualTo(Instant.ofEpochSecond(1_500_000_000L));
        assertThat(o.lastSeen()).isEqualTo(Instant.ofEpochSecond(1_500_000_500L));
        assertThat(o.attributes())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("rrtype", "NS", "sensor_id", "sensor-7", "bailiwick", "com."));
        assertThat(o.sources()).containsExactly(SOURCE);
    }

    @Test
    void shouldSkipBlankLinesAndCountLinesAsTheFileDoes() {
        List<Read> reads = CofReads.of("\r\n" + line("a.example.com", "\"A\"", "\"192.0.2.1\"") + "\r\n   \n\n"
                + line("b.example.com", "\"A\"", "\"192.0.2.2\""));

        assertThat(reads).extracting(r -> r.position().line()).containsExactly(2L, 5L);
        assertThat(reads).allMatch(r -> r instanceof Read.Accepted);
    }
}
