package io.cairn.ingest.stix;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.stix.StixObject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Reads the version, confidence and times of a STIX indicator object, or says which property is wrong. */
final class Versions {
    private Versions() {}

    sealed interface Outcome permits Good, Bad {}

    record Good(Version version) implements Outcome {}

    /** {@code property} is the object's property at fault, e.g. {@code valid_until}. */
    record Bad(String property, String reason) implements Outcome {}

    static Outcome of(StixObject object, ImportContext context, Tlp tlp) {
        // STIX 2.0 producers sometimes leave modified out; created is then the only version there is.
        Optional<Instant> modified = object.modified().or(object::created);
        if (modified.isEmpty()) {
            return new Bad("modified", "an indicator needs a modified (or created) timestamp");
        }
        Optional<Instant> validFrom = object.validFrom();
        if (validFrom.isEmpty()) {
            return new Bad("valid_from", "an indicator needs a valid_from timestamp");
        }
        Instant from = validFrom.get();
        @Nullable Instant until = object.validUntil().orElse(null);
        if (until != null && !until.isAfter(from)) {
            return new Bad("valid_until", "valid_until " + until + " is not after valid_from " + from);
        }
        int confidence = object.confidence().orElse(context.defaultConfidence());
        if (confidence < 0 || confidence > 100) {
            return new Bad("confidence", "confidence " + confidence + " is outside 0-100");
        }
        Instant firstSeen = object.firstSeen().orElse(from);
        Instant lastSeen = object.lastSeen().orElse(latest(firstSeen, latest(from, modified.get())));
        if (firstSeen.isAfter(lastSeen)) {
            return new Bad("last_seen", "last_seen " + lastSeen + " is before first_seen " + firstSeen);
        }
        Set<String> labels = new TreeSet<>(object.labels());
        labels.addAll(object.strings("indicator_types"));
        return new Good(new Version(
                modified.get(),
                confidence,
                tlp,
                from,
                until,
                object.revoked(),
                labels,
                object.killChainPhases(),
                firstSeen,
                lastSeen));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
