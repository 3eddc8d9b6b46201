package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.store.DatasetCount;
import io.cairn.store.Neighbourhood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbours of a host through its pivots, hubs left out: at most {@code bound} other subjects
 * that share a pivot whose tenants (its degree as object in its dataset) do not pass the hub
 * threshold.
 *
 * @param neighbours one edge per neighbour, from the neighbour to the pivot it shares
 * @param hubs the pivots not followed, with their tenant counts
 */
record Neighbours(List<Observation> neighbours, List<String> hubs) {

    Neighbours {
        neighbours = List.copyOf(neighbours);
        hubs = List.copyOf(hubs);
    }

    static Neighbours of(Artifact host, List<Neighbourhood> around, int bound, int hubThreshold) {
        Map<Artifact, Observation> neighbours = new LinkedHashMap<>();
        List<String> hubs = new ArrayList<>();
        for (Neighbourhood n : around) {
            Dataset dataset = Pivots.dataset(n.artifact());
            long tenants = n.degrees().stream()
                    .filter(d -> d.dataset() == dataset)
                    .mapToLong(DatasetCount::asObject)
                    .sum();
            if (tenants > hubThreshold) {
                hubs.add(n.artifact() + " (" + tenants + " " + dataset.id() + " tenants)");
                continue;
            }
            for (Observation edge : n.edges()) {
                if (neighbours.size() < bound
                        && edge.dataset() == dataset
                        && edge.object().equals(n.artifact())
                        && !edge.subject().equals(host)) {
                    neighbours.putIfAbsent(edge.subject(), edge);
                }
            }
        }
        return new Neighbours(List.copyOf(neighbours.values()), hubs);
    }

    String describe(int pivots, int bound) {
        return "looked at " + neighbours.size() + " neighbours (at most " + bound + ") through "
                + (pivots - hubs.size()) + " of " + pivots + " pivots"
                + (hubs.isEmpty() ? "" : "; hubs not followed: " + String.join(", ", hubs));
    }
}
