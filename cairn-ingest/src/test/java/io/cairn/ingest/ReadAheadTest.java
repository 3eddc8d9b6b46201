package io.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void shouldHandOutEveryRecordInOrder() throws Exception {
        List<Long> lines = new ArrayList<>();
        try (ReadAhead reader = new ReadAhead(new Numbered(10_000, -1, new AtomicBoolean()), "in")) {
            while (reader.hasNext()) {
                lines.add(reader.next().position().line());
            }
        }
        assertThat(lines).hasSize(10_000).isSorted().startsWith(1L).endsWith(10_000L);
    }

    @Test
    void shouldHandOutTheRecordsBeforeABreakThenTheBreak() throws Exception {
        List<Long> lines = new ArrayList<>();
        try (ReadAhead reader = new ReadAhead(new Numbered(10_000, 5_000, new AtomicBoolean()), "in")) {
            assertThatThrownBy(() -> {
                        while (reader.hasNext()) {
                            lines.add(reader.next().position().line());
                        }
                    })
                    .isInstanceOf(FormatException.class)
                    .hasMessageContaining("broken at 5000");
        }
        assertThat(lines).hasSize(4_999).endsWith(4_999L);
    }

    @Test
    void shouldStopReadingAndCloseTheInputWhenClosedEarly() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        try (ReadAhead reader = new ReadAhead(new Numbered(Long.MAX_VALUE, -1, closed), "in")) {
            assertThat(reader.next().position().line()).isEqualTo(1L);
        }
        assertThat(closed).isTrue();
    }

    /** Records numbered from 1 to {@code count}; breaks when it reaches {@code breakAt}. */
    private static final class Numbered implements RecordReader {
        private final long count;
        private final long breakAt;
        private final AtomicBoolean closed;
        private long line;

        Numbered(long count, long breakAt, AtomicBoolean closed) {
            this.count = count;
            this.breakAt = breakAt;
            this.closed = closed;
        }

        @Override
        public boolean hasNext() {
            return line < count;
        }

        @Override
        public Read next() {
            line++;
            if (line == breakAt) {
                throw new FormatException(Position.line("in", line), "broken at " + line);
            }
            return Read.accepted(Position.line("in", line), List.of());
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
