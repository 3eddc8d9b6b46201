package io.cairn.ingest.zeek;

import static io.cairn.ingest.zeek.ZeekDnsFormatTest.domain;
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

class ZeekHttpFormatTest {
    private static final Map<String, String> UNKNOWN = Map.of("cause", "unknown");
    private static final Instant T = Instant.ofEpochSecond(1_700_000_000L);

    private final ZeekHttpFormat http = new ZeekHttpFormat();

    @Test
    void shouldPairTheReferringHostWithEachRequestedHost() {
        List<Read> reads = ZeekReads.restored(http, "http.opt-basic.log");

        assertThat(reads).hasSize(14).allMatch(r -> r instanceof Read.Accepted);
        assertThat(observations(reads))
                .hasSize(14)
                .containsOnly(
                        seen(
                                domain("www.wikipedia.org"),
                                Dataset.HOST_PAIR,
                                domain("bits.wikimedia.org"),
                                UNKNOWN,
                                RESTORED),
                        seen(
                                domain("www.wikipedia.org"),
                                Dataset.HOST_PAIR,
                                domain("upload.wikimedia.org"),
                                UNKNOWN,
                                RESTORED),
                        seen(
                                domain("www.wikipedia.org"),
                                Dataset.HOST_PAIR,
                                domain("meta.wikimedia.org"),
                                UNKNOWN,
                                RESTORED))
                .filteredOn(o -> o.object().value().equals("upload.wikimedia.org"))
                .hasSize(12);
    }

    @Test
    void shouldAcceptRequestsWithoutReferrerOrHostAsYieldingNothing() {
        List<Read> reads = ZeekReads.restored(http, "http.http-methods.log");

        assertThat(reads)
                .hasSize(49)
                .allMatch(r -> r instanceof Read.Accepted a && a.items().isEmpty());
    }

    @Test
    void shouldSkipSameHostAndAddressReferrersAndKeepCookieNames() {
        String log = """
                #separator \\x09
                #set_separator	,
                #fields	ts	host	referrer	cookie_vars
                1700000000	shop.example.com	https://shop.example.com/cart	(empty)
                1700000000	192.0.2.1	http://evil.example.net/	-
                1700000000	cdn.example.net	http://192.0.2.1/page	-
                1700000000	cdn.example.net:8080	https://user@Shop.Example.com:8443/x?y#z	_ga,sid
                """;
        List<Read> reads = ZeekReads.of(http, log);

        assertThat(reads).allMatch(r -> r instanceof Read.Accepted);
        assertThat(observations(reads))
                .containsExactly(
                        seen(domain("shop.example.com"), Dataset.HOST_PAIR, domain("cdn.example.net"), UNKNOWN, T),
                        seen(
                                domain("cdn.example.net"),
                                Dataset.COOKIE,
                                Artifact.of(ArtifactType.COOKIE, "_ga@cdn.example.net"),
                                Map.of(),
                                T),
                        seen(
                                domain("cdn.example.net"),
                                Dataset.COOKIE,
                                Artifact.of(ArtifactType.COOKIE, "sid@cdn.example.net"),
                                Map.of(),
                                T));
    }

    @Test
    void shouldRejectHostsAndReferrersThatAreNotNames() {
        String log = """
                #separator \\x09
                #fields	ts	host	referrer
                1700000000	bad host	-
                1700000000	cdn.example.net	not a url at all
                """;

        assertThat(rejections(ZeekReads.of(http, log)))
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("test.log:3 host: host 'bad host' is not a domain name: "),
                        r -> assertThat(r)
                                .startsWith("test.log:4 referrer: referrer 'not a url at all' is not a URL: "));
    }
}
