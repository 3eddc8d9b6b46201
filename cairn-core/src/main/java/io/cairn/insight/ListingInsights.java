package io.cairn.insight;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.reputation.Evidence;
import io.cairn.store.AllowMatch;
import io.cairn.store.StoredArtifact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What sources and warning lists say of an artifact, whatever its type, and when its host was last seen. */
final class ListingInsights {
    /** Indicators whose version histories are counted. */
    static final int INDICATORS = 20;

    private static final Pattern TOR = Pattern.compile("(?i)(^|[^a-z])tor([^a-z]|$)");

    private ListingInsights() {}

    static List<Insight> of(Context c) {
        List<Insight> insights = new ArrayList<>();
        List<Indicator> indicators = c.store().indicators().forArtifact(c.artifact());
        blocklisted(c, indicators).ifPresent(insights::add);
        List<AllowMatch> matches = c.store().allowList().matches(c.artifact());
        if (!matches.isEmpty()) {
            insights.add(new Insight(
                    "warning-list",
                    "In a warning list",
                    "Held by "
                            + matches.stream().map(AllowMatch::list).distinct().toList(),
                    matches.stream().map(m -> (Evidence) ref(m)).toList()));
        }
        torExit(indicators, matches).ifPresent(insights::add);
        lastObserved(c).ifPresent(insights::add);
        return insights;
    }

    private static Optional<Insight> blocklisted(Context c, List<Indicator> indicators) {
        Set<String> sources = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        long versions = 0;
        for (Indicator i : indicators) {
            if (i.revoked()) {
                continue;
            }
            sources.add(i.source());
            first = first == null || i.firstSeen().isBefore(first) ? i.firstSeen() : first;
            last = last == null || i.lastSeen().isAfter(last) ? i.lastSeen() : last;
            if (evidence.size() < INDICATORS) {
                versions += Math.max(
                        1,
                        c.store().indicators().versions(i.source(), i.stixId()).size());
                evidence.add(new Evidence.IndicatorRef(
                        i.source(), i.stixId(), i.firstSeen(), i.lastSeen(), i.confidence(), null));
            }
        }
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Insight(
                "blocklisted",
                "Blocklisted",
                "Listed by " + sources.size() + (sources.size() == 1 ? " source " : " sources ") + sources + " in "
                        + evidence.size() + " indicators (" + versions + " versions), first " + first + ", last "
                        + last,
                evidence));
    }

    private static Optional<Insight> torExit(List<Indicator> indicators, List<AllowMatch> matches) {
        List<Evidence> evidence = new ArrayList<>();
        for (AllowMatch m : matches) {
            if (TOR.matcher(m.list()).find()
                    || m.description() != null && TOR.matcher(m.description()).find()) {
                evidence.add(ref(m));
            }
        }
        for (Indicator i : indicators) {
            if (i.labels().stream()
                    .anyMatch(l -> TOR.matcher(l.toLowerCase(Locale.ROOT)).find())) {
                evidence.add(new Evidence.IndicatorRef(
                        i.source(), i.stixId(), i.firstSeen(), i.lastSeen(), i.confidence(), null));
            }
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Insight("tor-exit", "Tor exit", "A Tor list or label names it", evidence));
    }

    private static Optional<Insight> lastObserved(Context c) {
        Artifact host = c.host();
        if (host == null) {
            return Optional.empty();
        }
        Optional<StoredArtifact> known = c.store().artifacts().find(host.type(), host.value());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence.ArtifactRef(
                host, known.get().firstSeen(), known.get().lastSeen()));
        Side side = host.type() == io.cairn.artifact.ArtifactType.IP ? Side.OBJECT : Side.SUBJECT;
        for (Observation o : c.store().observations().list(host, Dataset.RESOLUTION, side, 1)) {
            evidence.add(Context.ref(o));
        }
        return Optional.of(new Insight(
                "host-last-observed",
                "Host last observed",
                host.value() + " was last observed " + known.get().lastSeen(),
                evidence));
    }

    static Evidence.AllowListRef ref(AllowMatch m) {
        return new Evidence.AllowListRef(m.list(), m.description(), m.kind().id(), m.entry());
    }
}
