package io.cairn.reputation;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much a confidence is still worth: it halves every {@code halfLife} since the artifact was
 * last seen; with no half-life (hashes) it never decays.
 */
public record Decay(int original, Duration age, @Nullable Duration halfLife, double decayed) {

    public Decay {
        Objects.requireNonNull(age, "age");
        if (original < 0 || original > 100) {
            throw new IllegalArgumentException("confidence must be within 0-100: " + original);
        }
        if (age.isNegative()) {
            throw new IllegalArgumentException("age must not be negative: " + age);
        }
        if (halfLife != null && (halfLife.isZero() || halfLife.isNegative())) {
            throw new IllegalArgumentException("a half-life must be positive: " + halfLife);
        }
    }

    /** {@code original} after {@code age}, halving every {@code halfLife}; never when it is null. */
    public static Decay of(int original, Duration age, @Nullable Duration halfLife) {
        Duration clamped = age.isNegative() ? Duration.ZERO : age;
        if (halfLife == null) {
            return new Decay(original, clamped, null, original);
        }
        double halves = (double) clamped.toSeconds() / halfLife.toSeconds();
        return new Decay(original, clamped, halfLife, original * Math.pow(0.5, halves));
    }

    /** For people: "80 → 20.0 after 60 days (half-life 30 days)". */
    public String describe() {
        String after = "after " + age.toDays() + " days";
        if (halfLife == null) {
            return original + ", never decays (" + after + ")";
        }
        return original + " → " + String.format(java.util.Locale.ROOT, "%.1f", decayed) + " " + after + " (half-life "
                + halfLife.toDays() + " days)";
    }
}
