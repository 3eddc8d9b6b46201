package io.cairn.stix.pattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Observation expression qualifiers (specification section 9.5.1). */
public sealed interface Qualifier permits Qualifier.Within, Qualifier.StartStop, Qualifier.Repeats {

    /** {@code WITHIN n SECONDS}: all matched observations fall within a window of n seconds. */
    record Within(BigDecimal seconds) implements Qualifier {
        public Within {
            if (seconds.signum() <= 0) {
                throw new IllegalArgumentException("WITHIN needs a positive number of seconds, not " + seconds);
            }
            if (seconds.scale() < 0) {
                seconds = seconds.setScale(0);
            }
        }
    }

    /** {@code START t'…' STOP t'…'}: observed at or after start and before stop. */
    record StartStop(Instant start, Instant stop) implements Qualifier {
        public StartStop {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(stop, "stop");
            if (!stop.isAfter(start)) {
                throw new IllegalArgumentException("STOP " + stop + " is not after START " + start);
            }
        }
    }

    /** {@code REPEATS n TIMES}: matched by at least n different observations. */
    record Repeats(long times) implements Qualifier {
        public Repeats {
            if (times <= 0) {
                throw new IllegalArgumentException("REPEATS needs a positive count, not " + times);
            }
        }
    }
}
