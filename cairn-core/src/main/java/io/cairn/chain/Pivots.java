package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.DatasetCount;
import io.cairn.store.Neighbourhood;
import io.cairn.store.ObservationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One artifact's neighbours per dataset and direction, in two store calls whatever their number. */
public final class Pivots {
    private final ObservationStore observations;
    private final Reputations reputations;

    public Pivots(ObservationStore observations, Reputations reputations) {
        this.observations = observations;
        this.reputations = reputations;
    }

    public Pivot pivot(PivotRequest request) {
        Hops hops = new Hops(observations, request.datasets(), request.since());
        Artifact artifact = request.artifact();
        Neighbourhood hood = hops.read(List.of(artifact), request.limit()).get(artifact);
        if (hood == null) {
            return new Pivot(artifact, reputations.classOf(artifact), 0, List.of(), hops.calls());
        }
        Set<Artifact> others = new LinkedHashSet<>();
        for (Observation o : hood.edges()) {
            others.add(other(o, artifact));
        }
        others.remove(artifact);
        Map<Artifact, Neighbourhood> degrees = hops.read(others, 1);
        Map<String, List<Pivot.Neighbour>> grouped = new TreeMap<>();
        for (Observation o : hood.edges()) {
            Artifact other = other(o, artifact);
            Neighbourhood theirs = degrees.get(other);
            long degree = theirs == null ? 0 : theirs.degree();
            Side side = o.subject().equals(artifact) ? Side.SUBJECT : Side.OBJECT;
            grouped.computeIfAbsent(key(o.dataset(), side), k -> new ArrayList<>())
                    .add(new Pivot.Neighbour(
                            other,
                            o.firstSeen(),
                            o.lastSeen(),
                            o.count(),
                            reputations.classOf(other),
                            degree,
                            degree > request.hubThreshold(),
                            Explanations.why(o)));
        }
        List<Pivot.Group> groups = new ArrayList<>();
        for (DatasetCount count : hood.degrees()) {
            for (Side side : Side.values()) {
                long total = side == Side.SUBJECT ? count.asSubject() : count.asObject();
                List<Pivot.Neighbour> neighbours = grouped.getOrDefault(key(count.dataset(), side), List.of());
                if (total > 0 || !neighbours.isEmpty()) {
                    groups.add(new Pivot.Group(count.dataset(), side, total, sorted(neighbours)));
                }
            }
        }
        groups.sort(
                Comparator.comparing((Pivot.Group g) -> g.dataset().ordinal()).thenComparing(Pivot.Group::side));
        return new Pivot(artifact, reputations.classOf(artifact), hood.degree(), groups, hops.calls());
    }

    private static List<Pivot.Neighbour> sorted(List<Pivot.Neighbour> neighbours) {
        List<Pivot.Neighbour> sorted = new ArrayList<>(neighbours);
        sorted.sort(Comparator.comparing(Pivot.Neighbour::lastSeen, Comparator.reverseOrder())
                .thenComparing(n -> n.artifact().toString()));
        return sorted;
    }

    private static Artifact other(Observation o, Artifact artifact) {
        return o.subject().equals(artifact) ? o.object() : o.subject();
    }

    private static String key(Dataset dataset, Side side) {
        return dataset.id() + " " + side;
    }
}
