package io.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyOptionsTest {

    @Test
    void shouldMeasureTenMillionObservationsAndAMillionIndicatorsByDefault() {
        LatencyOptions options = LatencyOptions.parse(new String[0]);

        assertThat(options.shape()).isEqualTo(new WorldShape(10_000_000, 1_000_000, 42));
    }

    @Test
    void shouldReadCountsInAnyOfTheUsualSpellings() {
        LatencyOptions options = LatencyOptions.parse(
                new String[] {"--observations", "1e5", "--indicators", "2_000", "--iterations", "300"});

        assertThat(options.shape().observations()).isEqualTo(100_000);
        assertThat(options.shape().indicators()).isEqualTo(2_000);
        assertThat(options.iterations()).isEqualTo(300);
    }

    @Test
    void shouldNameTheOptionThatIsWrong() {
        assertThatThrownBy(() -> LatencyOptions.parse(new String[] {"--observations", "lots"}))
                .hasMessageContaining("--observations");
        assertThatThrownBy(() -> LatencyOptions.parse(new String[] {"--iterations"}))
                .hasMessageContaining("--iterations needs a value");
        assertThatThrownBy(() -> LatencyOptions.parse(new String[] {"--records", "5"}))
                .hasMessageContaining("unknown option --records");
        assertThatThrownBy(() -> LatencyOptions.parse(new String[] {"--observations", "0"}))
                .hasMessageContaining("--observations must be between");
    }
}
