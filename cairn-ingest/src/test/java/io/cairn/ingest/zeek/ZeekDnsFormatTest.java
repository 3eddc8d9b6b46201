package io.cairn.ingest.zeek;

import static io.cairn.ingest.zeek.ZeekReads.RESTORED;
import static io.cairn.ingest.zeek.ZeekReads.SOURCE;
import static io.cairn.ingest.zeek.ZeekReads.observations;
import static io.cairn.ingest.zeek.ZeekReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ZeekDnsFormatTest {
    private final ZeekDnsFormat dns = new ZeekDnsFormat();

    static Artifact domain(String name) {
        return Artifact.of(ArtifactType.DOMAIN, name);
    }

    static Artifact ip(String address) {
        return Artifact.of(ArtifactType.IP, address);
    }

    private static Observation seen(
            Artifact subject, Dataset dataset, Artifact object, Map<String, String> attributes) {
        return seen(subject, dataset, object, attributes, RESTORED);
    }

    static Observation seen(
            Artifact subject, Dataset dataset, Artifact object, Map<String, String> attributes, Instant at) {
        return new Observation(subject, dataset, object, at, at, 1, Set.of(SOURCE), attributes);
    }

    @Test
    void shouldRejectEveryRowOfTheVerbatimSampleForItsMaskedTime() {
        List<Read> reads = ZeekReads.resource(dns, "dns.opt-basic.log");

        assertThat(reads).hasSize(34).allMatch(r -> r instanceof Read.Rejected);
        assertThat(reads)
                .extracting(r -> r.position().line())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(10, 43).boxed().toList());
        assertThat(rejections(reads))
                .first()
                .isEqualTo("dns.opt-basic.log:10 ts: ts 'XXXXXXXXXX.XXXXXX' is not a time in seconds since 1970");
    }

    @Test
    void shouldAccountForEveryRowOfTheSampleWithItsTimeRestored() {
        List<Read> reads = ZeekReads.restored(dns, "dns.opt-basic.log");

        assertThat(reads).hasSize(34);
        assertThat(rejections(reads))
                .containsExactly(
                        "dns.opt-basic.log:11 qtype_name: answers without a qtype_name",
                        "dns.opt-basic.log:12 qtype_name: answers without a qtype_name");
        // Four A answers with a CNAME each (3 facts), meta's AAAA chain (2) and its A answer (4).
        assertThat(observations(reads)).hasSize(4 * 3 + 2 + 4);
        assertThat(reads.stream()
                        .filter(r -> r instanceof Read.Accepted a && a.items().isEmpty()))
                .as("unanswered queries, NXDOMAIN and NetBIOS lookups yield nothing")
                .hasSize(34 - 2 - 6);
    }

    @Test
    void shouldTurnACnameChainIntoRecordsAndResolveBothEndsWithTheirTtls() {
        List<Read> reads = ZeekReads.restored(dns, "dns.opt-basic.log");

        assertThat(observations(reads.subList(16, 17)))
                .containsExactly(
                        seen(
                                domain("meta.wikimedia.org"),
                                Dataset.DNS_RECORD,
                                domain("text.wikimedia.org"),
                                Map.of("rrtype", "CNAME", "ttl", "723")),
                        seen(
                                domain("text.wikimedia.org"),
                                Dataset.DNS_RECORD,
                                domain("text.pmtpa.wikimedia.org"),
                                Map.of("rrtype", "CNAME", "ttl", "593")),
                        seen(
                                domain("meta.wikimedia.org"),
                                Dataset.RESOLUTION,
                                ip("208.80.152.2"),
                                Map.of("rrtype", "A", "ttl", "2141")),
                        seen(
                                domain("text.pmtpa.wikimedia.org"),
                                Dataset.RESOLUTION,
                                ip("208.80.152.2"),
                                Map.of("rrtype", "A", "ttl", "2141")));
    }

    @Test
    void shouldJoinTheStringsOfTxtAnswers() {
        List<Read> reads = ZeekReads.restored(dns, "dns.core-ipv6-frag.log");

        assertThat(reads).hasSize(3).allMatch(r -> r instanceof Read.Accepted);
        assertThat(observations(reads))
                .hasSize(2)
                .first()
                .isEqualTo(seen(
                        domain("txtpadding_323.n1.netalyzr.icsi.berkeley.edu"),
                        Dataset.DNS_RECORD,
                        Artifact.of(
                                ArtifactType.KEYWORD,
                                "This TXT record should be ignoredAs it is just padding" + "X".repeat(136)),
                        Map.of("rrtype", "TXT", "ttl", "1")));
    }

    @Test
    void shouldMapReverseAndRecordAnswers() {
        String log = """
                #separator \\x09
                #set_separator	,
                #empty_field	(empty)
                #unset_field	-
                #path	dns
                #fields	ts	query	qtype_name	answers	TTLs
                #types	time	string	string	vector[string]	vector[interval]
                1700000000.5	7.113.0.203.in-addr.arpa	PTR	host.example.com	300.000000
                1700000001	example.com	MX	mx1.example.net,mx2.example.net	60.0,60.0
                1700000002	example.com	NS	ns1.example.net	-
                1700000003	example.com	HINFO	whatever	60.0
                1700000004	example.com	A	2001:db8::1	60.0
                """;
        List<Read> reads = ZeekReads.of(dns, log);
        Instant t = Instant.ofEpochSecond(1_700_000_000L);

        assertThat(observations(reads))
                .containsExactly(
                        seen(
                                ip("203.0.113.7"),
                                Dataset.REVERSE_DNS,
                                domain("host.example.com"),
                                Map.of("rrtype", "PTR", "ttl", "300"),
                                t.plusMillis(500)),
                        seen(
                                domain("example.com"),
                                Dataset.DNS_RECORD,
                                domain("mx1.example.net"),
                                Map.of("rrtype", "MX", "ttl", "60"),
                                t.plusSeconds(1)),
                        seen(
                                domain("example.com"),
                                Dataset.DNS_RECORD,
                                domain("mx2.example.net"),
                                Map.of("rrtype", "MX", "ttl", "60"),
                                t.plusSeconds(1)),
                        seen(
                                domain("example.com"),
                                Dataset.DNS_RECORD,
                                domain("ns1.example.net"),
                                Map.of("rrtype", "NS"),
                                t.plusSeconds(2)),
                        seen(
                                domain("example.com"),
                                Dataset.RESOLUTION,
                                ip("2001:db8::1"),
                                Map.of("rrtype", "AAAA", "ttl", "60"),
                                t.plusSeconds(4)));
        assertThat(rejections(reads))
                .containsExactly("test.log:11 qtype_name: qtype HINFO is not kept; Cairn keeps " + DnsRows.KEPT);
    }

    @Test
    void shouldRejectAnswersThatAreNotArtifacts() {
        String log = """
                #separator \\x09
                #fields	ts	query	qtype_name	answers	TTLs
                1700000000	example.com	CNAME	not a name	60.0
                1700000000	printer.local	A	192.0.2.1	60.0
                1700000000	3.2.1.in-addr.arpa	PTR	host.example.com	60.0
                -	example.com	A	192.0.2.1	60.0
                """;

        assertThat(rejections(ZeekReads.of(dns, log)))
                .containsExactly(
                        "test.log:3 answers: answers 'not a name' is not a domain name: a domain name has no spaces",
                        "test.log:4 query: query 'printer.local' is not a domain name: unknown top-level domain .local",
                        "test.log:5 query: query '3.2.1.in-addr.arpa' names no single address: "
                                + "a reverse name for one IPv4 address has four labels",
                        "test.log:6 ts: missing ts");
    }
}
