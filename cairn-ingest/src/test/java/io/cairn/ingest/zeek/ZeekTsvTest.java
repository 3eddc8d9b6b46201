package io.cairn.ingest.zeek;

import static io.cairn.ingest.zeek.ZeekDnsFormatTest.domain;
import static io.cairn.ingest.zeek.ZeekDnsFormatTest.ip;
import static io.cairn.ingest.zeek.ZeekReads.observations;
import static io.cairn.ingest.zeek.ZeekReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.observation.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZeekTsvTest {
    private final ZeekDnsFormat dns = new ZeekDnsFormat();

    @Test
    void shouldRejectARowWithTheWrongNumberOfFieldsAndGoOn() {
        String log = """
                #separator \\x09
                #fields	ts	query	qtype_name	answers	TTLs
                1700000000	example.com	A	192.0.2.1
                1700000000	example.com	A	192.0.2.1	60.0	extra
                1700000000	example.com	A	192.0.2.1	60.0
                """;
        List<Read> reads = ZeekReads.of(dns, log);

        assertThat(rejections(reads))
                .containsExactly(
                        "test.log:3: expected 5 fields as #fields declares, found 4",
                        "test.log:4: expected 5 fields as #fields declares, found 6");
        assertThat(reads.get(2)).isInstanceOf(Read.Accepted.class);
        assertThat(reads.get(2).position()).isEqualTo(Position.line("test.log", 5));
    }

    @Test
    void shouldRefuseRowsBeforeAnyFieldsHeader() {
        String log = """
                #separator \\x09
                #path	dns
                1700000000	example.com	A	192.0.2.1	60.0
                """;

        assertThatThrownBy(() -> ZeekReads.of(dns, log))
                .isInstanceOfSatisfying(
                        FormatException.class, e -> assertThat(e.position()).isEqualTo(Position.line("test.log", 3)))
                .hasMessage("test.log:3: no #fields header before the first row, and the row is not JSON");
    }

    @Test
    void shouldRefuseAnotherLogOrOneMissingAFieldItNeeds() {
        assertThatThrownBy(() -> ZeekReads.resource(dns, "conn.opt-basic.log"))
                .isInstanceOf(FormatException.class)
                .hasMessage("conn.opt-basic.log:6: a Zeek conn log, not dns");
        assertThatThrownBy(() -> ZeekReads.resource(new ZeekSslFormat(), "x509.ssl-basic.log"))
                .hasMessage("x509.ssl-basic.log:6: a Zeek x509 log, not ssl");
        assertThatThrownBy(() -> ZeekReads.of(dns, "#separator \\x09\n#fields\tts\tquery\tanswers\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage("test.log:2: #fields lacks qtype_name, which a dns log has");
    }

    @Test
    void shouldHonourTheDeclaredSeparatorsMarkersAndEscapes() {
        String log = """
                #separator \\x7c
                #set_separator|;
                #empty_field|EMPTY
                #unset_field|NONE
                #fields|ts|query|qtype_name|answers|TTLs
                1700000000|example.com|TXT|TXT 7 a\\x7cb\\x3bc d;plain|NONE
                1700000000|example.com|A|EMPTY|NONE
                """;
        List<Read> reads = ZeekReads.of(dns, log);

        assertThat(observations(reads))
                .extracting(Observation::object)
                .containsExactly(
                        Artifact.of(ArtifactType.KEYWORD, "a|b;c d"), Artifact.of(ArtifactType.KEYWORD, "plain"));
        assertThat(reads.get(1))
                .isInstanceOfSatisfying(
                        Read.Accepted.class, a -> assertThat(a.items()).isEmpty());
    }

    @Test
    void shouldFollowANewHeaderInLogsJoinedTogether() {
        String log = """
                #separator \\x09
                #fields	ts	query	qtype_name	answers	TTLs
                1700000000	a.example.com	A	192.0.2.1	60.0
                #close	2024-01-01-00-00-00
                #separator \\x09
                #fields	ts	uid	query	qtype_name	answers
                1700000000	C1	b.example.com	A	192.0.2.2
                """;

        assertThat(observations(ZeekReads.of(dns, log)))
                .extracting(Observation::subject, Observation::object)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(domain("a.example.com"), ip("192.0.2.1")),
                        org.assertj.core.groups.Tuple.tuple(domain("b.example.com"), ip("192.0.2.2")));
    }
}
