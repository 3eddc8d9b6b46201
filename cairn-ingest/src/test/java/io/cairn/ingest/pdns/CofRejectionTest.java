package io.cairn.ingest.pdns;

import static io.cairn.ingest.pdns.CofReads.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.ingest.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CofRejectionTest {
    private static final String TIMES = "\"time_first\":1600000000,\"time_last\":1700000000";

    private static String record(String fields) {
        return "{" + fields + "," + TIMES + "}";
    }

    @Test
    void shouldRejectATruncatedLineAndGoOnReading() {
        List<Read> reads = CofReads.of("""
                {"rrname":"a.example.com","rrtype":"A","rdata":"192.0.2.1","time_first":1600000000,"time_last":17
                {"rrname":"b.example.com","rrtype":"A","rdata":"192.0.2.2","time_first":1600000000,"time_last":1700000000}
                """);

        assertThat(reads).hasSize(2);
        assertThat(reads.get(0)).isInstanceOfSatisfying(Read.Rejected.class, r -> {
            assertThat(r.position()).isEqualTo(Position.line("feed.cof", 1));
            assertThat(r.rejection().reason())
                    .isEqualTo(
                            "not valid JSON at column 98: Unexpected end-of-input: expected close marker for Object");
        });
        assertThat(reads.get(1)).isInstanceOf(Read.Accepted.class);
        assertThat(reads.get(1).position()).isEqualTo(Position.line("feed.cof", 2));
    }

    @Test
    void shouldRejectLinesThatAreNotOneJsonObject() {
        assertThat(rejection("[1,2]")).isEqualTo("feed.cof:1: not a JSON object");
        assertThat(rejection("{\"rrname\":\"a.example.com\"} {}"))
                .isEqualTo("feed.cof:1: more than one JSON value on the line");
    }

    @Test
    void shouldNameTheMissingField() {
        assertThat(rejection(record("\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\"")))
                .isEqualTo("feed.cof:1: missing rrname");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rdata\":\"192.0.2.1\"")))
                .isEqualTo("feed.cof:1: missing rrtype");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":null")))
                .isEqualTo("feed.cof:1: missing rdata");
        assertThat(rejection("{\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\"}"))
                .isEqualTo("feed.cof:1: missing time_first and time_last (or zone_time_first and zone_time_last)");
    }

    @Test
    void shouldRejectFieldsOfTheWrongTypeWithTheirPath() {
        assertThat(rejection(record("\"rrname\":42,\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\"")))
                .isEqualTo("feed.cof:1 $.rrname: rrname must be a string, not a number");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":true,\"rdata\":\"192.0.2.1\"")))
                .isEqualTo("feed.cof:1 $.rrtype: rrtype must be a mnemonic or a number, not a boolean");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":{\"ip\":\"192.0.2.1\"}")))
                .isEqualTo("feed.cof:1 $.rdata: rdata must be a string or an array of strings, not an object");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":[\"192.0.2.1\",7]")))
                .isEqualTo("feed.cof:1 $.rdata[1]: rdata elements must be strings, not a number");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":[]")))
                .isEqualTo("feed.cof:1 $.rdata: rdata is an empty array");
        assertThat(rejection(
                        record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\",\"count\":2.5")))
                .isEqualTo("feed.cof:1 $.count: count must be a whole number, not a number");
        assertThat(rejection(
                        record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\",\"count\":0")))
                .isEqualTo("feed.cof:1 $.count: count 0 is below 1");
    }

    @Test
    void shouldRejectBadTimestamps() {
        String a = "\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\",";
        assertThat(rejection("{" + a + "\"time_first\":\"1600000000\",\"time_last\":1700000000}"))
                .isEqualTo("feed.cof:1 $.time_first: time_first must be a number of seconds since 1970, not a string");
        assertThat(rejection("{" + a + "\"time_first\":-5,\"time_last\":1700000000}"))
                .isEqualTo("feed.cof:1 $.time_first: time_first -5 is not a time between 1970 and 9999");
        assertThat(rejection("{" + a + "\"time_first\":1600000000,\"time_last\":1e300}"))
                .isEqualTo("feed.cof:1 $.time_last: time_last 1e300 is not a time between 1970 and 9999");
        assertThat(rejection("{" + a + "\"time_first\":1700000001,\"time_last\":1700000000}"))
                .isEqualTo(
                        "feed.cof:1 $.time_first: time_first 2023-11-14T22:13:21Z is after time_last 2023-11-14T22:13:20Z");
        assertThat(rejection("{" + a + "\"time_first\":1600000000}"))
                .isEqualTo("feed.cof:1 $.time_first: time_first without time_last");
        assertThat(rejection("{" + a + "\"zone_time_last\":1600000000}"))
                .isEqualTo("feed.cof:1 $.zone_time_last: zone_time_last without zone_time_first");
    }

    @Test
    void shouldRejectRecordTypesCairnDoesNotKeep() {
        String rest = "\"rrname\":\"a.example.com\",\"rdata\":\"x\"";
        assertThat(rejection(record("\"rrtype\":\"FOO\"," + rest)))
                .isEqualTo("feed.cof:1 $.rrtype: unknown rrtype 'FOO'; Cairn keeps " + CofItems.KEPT);
        assertThat(rejection(record("\"rrtype\":\"DNSKEY\"," + rest)))
                .isEqualTo("feed.cof:1 $.rrtype: rrtype DNSKEY is not kept; Cairn keeps " + CofItems.KEPT);
        assertThat(rejection(record("\"rrtype\":65280," + rest)))
                .isEqualTo("feed.cof:1 $.rrtype: rrtype TYPE65280 is not kept; Cairn keeps " + CofItems.KEPT);
    }

    @Test
    void shouldRejectRdataAndNamesThatAreNotArtifacts() {
        assertThat(rejection(record(
                        "\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":[\"192.0.2.1\",\"300.1.2.3\"]")))
                .startsWith("feed.cof:1 $.rdata[1]: A rdata '300.1.2.3' is not an IP address: ");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":\"2001:db8::1\"")))
                .isEqualTo("feed.cof:1 $.rdata: A rdata '2001:db8::1' is an IPv6 address");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":\"AAAA\",\"rdata\":\"192.0.2.1\"")))
                .isEqualTo("feed.cof:1 $.rdata: AAAA rdata '192.0.2.1' is an IPv4 address");
        assertThat(rejection(record("\"rrname\":\"a.example.com\",\"rrtype\":\"CNAME\",\"rdata\":\"bad name!.com\"")))
                .startsWith("feed.cof:1 $.rdata: CNAME rdata 'bad name!.com' is not a domain name: ");
        assertThat(rejection(record("\"rrname\":\"printer.local\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\"")))
                .isEqualTo(
                        "feed.cof:1 $.rrname: rrname 'printer.local' is not a domain name: unknown top-level domain .local");
        assertThat(rejection(
                        record("\"rrname\":\"113.0.203.in-addr.arpa\",\"rrtype\":\"PTR\",\"rdata\":\"h.example.com\"")))
                .isEqualTo("feed.cof:1 $.rrname: rrname '113.0.203.in-addr.arpa' names no single address: "
                        + "a reverse name for one IPv4 address has four labels");
    }

    @Test
    void shouldKeepLineNumbersOfRejectionsAmongGoodRecords() {
        List<Read> reads = CofReads.of(record("\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\"")
                + "\nnot json\n\n" + record("\"rrname\":\"b.example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.2\""));

        assertThat(reads)
                .extracting(
                        r -> r.getClass().getSimpleName() + "@" + r.position().line())
                .containsExactly("Accepted@1", "Rejected@2", "Accepted@4");
        assertThat(((Read.Rejected) reads.get(1)).rejection())
                .extracting(Rejection::reason)
                .asString()
                .startsWith("not valid JSON at column 1: Unrecognized token 'not'");
    }
}
