package io.cairn.ingest.pdns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CofDetectionTest {
    private final CofFormat cof = new CofFormat();

    private int score(String head) {
        return cof.detect("input", head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldBeSureOfTheCirclSample() throws IOException {
        byte[] head;
        try (InputStream in = CofDetectionTest.class.getResourceAsStream("/pdns/data.json")) {
            head = in.readAllBytes();
        }
        assertThat(cof.detect("data.json", head)).isEqualTo(95);
    }

    @Test
    void shouldJudgeAHeadCutShortInsideItsFirstLine() {
        assertThat(score("\n{\"rrname\":\"www.circl.lu\",\"rrtype\":\"CNAME\",\"rdata\":[\"cpa.ci"))
                .isEqualTo(95);
        assertThat(score("{\"rrtype\":1,\"rrname\":\"www.circl.lu\",\"time_first\":"))
                .isEqualTo(90);
    }

    @Test
    void shouldDoubtAnInputWhoseLaterLinesAreNotCof() {
        assertThat(score("{\"rrname\":\"a.example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\"}\n{\"foo\":1}\n"))
                .isEqualTo(50);
    }

    @Test
    void shouldNotClaimOtherJsonOrText() {
        assertThat(score("{\"ts\":1300475167.09,\"uid\":\"C1\",\"query\":\"example.com\",\"qtype_name\":\"A\"}\n"))
                .isZero();
        assertThat(score("#separator \\x09\n#path\tdns\n")).isZero();
        assertThat(score("[{\"rrname\":\"a.example.com\",\"rrtype\":\"A\"}]")).isZero();
        assertThat(score("")).isZero();
        assertThat(score("rrname,rrtype,rdata\na.example.com,A,192.0.2.1\n")).isZero();
    }
}
