package io.cairn.ingest.pdns;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.observation.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
    @Test
    void shouldReadLinesAcrossBufferBoundariesAndALastLineWithoutNewline() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            text.append("{\"rrname\":\"host")
                    .append(i)
                    .append(".example.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\",")
                    .append("\"time_first\":1600000000,\"time_last\":1700000000}")
                    .append(i < 3000 ? "\n" : "");
        }

        List<Read> reads = CofReads.of(text.toString());

        assertThat(reads).hasSize(3000).allMatch(r -> r instanceof Read.Accepted);
        assertThat(reads.get(2999).position().line()).isEqualTo(3000);
        assertThat(observation(reads.get(2999)).subject().value()).isEqualTo("host3000.example.com");
    }

    @Test
    void shouldReadALineLongerThanTheBuffer() {
        String text = "x".repeat(200_000);
        List<Read> reads = CofReads.of("{\"rrname\":\"example.com\",\"rrtype\":\"TXT\",\"rdata\":\"" + text
                + "\",\"time_first\":1600000000,\"time_last\":1700000000}\n{}\n");

        assertThat(observation(reads.get(0)).object().value()).isEqualTo(text);
        assertThat(reads.get(1).position().line()).isEqualTo(2);
    }

    private static Observation observation(Read read) {
        return ((Item.Observed) ((Read.Accepted) read).items().get(0)).observation();
    }
}
