package io.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.indicator.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorWorldTest {

    private static List<Indicator> indicators(WorldShape shape) {
        List<Indicator> all = new ArrayList<>();
        new IndicatorWorld(WorldPools.of(shape)).forEachRemaining(all::add);
        return all;
    }

    @Test
    void shouldYieldTheAskedNumberFeedByFeedInStixIdOrder() {
        List<Indicator> all = indicators(new WorldShape(10_000, 8_000, 42));

        assertThat(all).hasSize(8_000);
        assertThat(all).extracting(Indicator::source).isSortedAccordingTo(String::compareTo);
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).source().equals(all.get(i - 1).source())) {
                assertThat(all.get(i).stixId()).isGreaterThan(all.get(i - 1).stixId());
            }
        }
        assertThat(all).extracting(Indicator::source).containsAll(List.of(IndicatorWorld.FEEDS));
    }

    @Test
    void shouldBeTheSameForTheSameSeed() {
        assertThat(indicators(new WorldShape(1_000, 500, 3))).isEqualTo(indicators(new WorldShape(1_000, 500, 3)));
    }
}
