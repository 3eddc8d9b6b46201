package io.cairn.store;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which current indicators to select, e.g. for an export. Empty {@code sources} or {@code types}
 * mean all; a type filter leaves out pattern-only indicators, which have no type.
 *
 * @param includeRevoked whether revoked indicators are selected too
 * @param activeAt when set, leaves out indicators whose validity ended at or before it
 * @param maxTlp the most restrictive TLP selected (CLEAR &lt; GREEN &lt; AMBER &lt; AMBER+STRICT &lt; RED)
 * @param since when set, only indicators last seen at or after it
 */
public record IndicatorQuery(
        Set<String> sources,
        Set<ArtifactType> types,
        boolean includeRevoked,
        @Nullable Instant activeAt,
        Tlp maxTlp,
        @Nullable Instant since) {

    /** Every current indicator that is not revoked, whatever its validity or TLP. */
    public static final IndicatorQuery ALL = new IndicatorQuery(Set.of(), Set.of(), false, null, Tlp.RED, null);

    public IndicatorQuery {
        sources = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(sources, "sources")));
        types = types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
        Objects.requireNonNull(maxTlp, "maxTlp");
    }

    public IndicatorQuery withSources(Collection<String> names) {
        return new IndicatorQuery(Set.copyOf(names), types, includeRevoked, activeAt, maxTlp, since);
    }

    public IndicatorQuery withTypes(Collection<ArtifactType> artifactTypes) {
        return new IndicatorQuery(sources, Set.copyOf(artifactTypes), includeRevoked, activeAt, maxTlp, since);
    }

    public IndicatorQuery includingRevoked() {
        return new IndicatorQuery(sources, types, true, activeAt, maxTlp, since);
    }

    public IndicatorQuery activeAt(@Nullable Instant at) {
        return new IndicatorQuery(sources, types, includeRevoked, at, maxTlp, since);
    }

    public IndicatorQuery withMaxTlp(Tlp ceiling) {
        return new IndicatorQuery(sources, types, includeRevoked, activeAt, ceiling, since);
    }

    public IndicatorQuery lastSeenSince(@Nullable Instant at) {
        return new IndicatorQuery(sources, types, includeRevoked, activeAt, maxTlp, at);
    }

    /** Whether an indicator's TLP is within the ceiling. */
    public boolean allows(Tlp tlp) {
        return tlp.compareTo(maxTlp) <= 0;
    }
}
