package io.cairn.ingest;

import io.cairn.indicator.Indicator;
import io.cairn.observation.Observation;

/** Something an accepted record asks the store to hold. */
public sealed interface Item permits Item.Observed, Item.Asserted {

    /** Telemetry: a fact seen between two times. */
    record Observed(Observation observation) implements Item {}

    /** What a source asserts: an indicator version. */
    record Asserted(Indicator indicator) implements Item {}

    static Item of(Observation observation) {
        return new Observed(observation);
    }

    static Item of(Indicator indicator) {
        return new Asserted(indicator);
    }
}
