package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import io.cairn.store.Store;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What shares each pivot: the subjects that point at it in its dataset (at most {@code limit}, most
 * recent first) and its full degree there, read as neighbourhoods, one store call per dataset.
 */
final class Pivots {
    private Pivots() {}

    static List<Neighbourhood> around(Store store, List<Artifact> pivots, int limit) {
        Map<Dataset, List<Artifact>> byDataset = new EnumMap<>(Dataset.class);
        for (Artifact pivot : pivots) {
            byDataset.computeIfAbsent(dataset(pivot), d -> new ArrayList<>()).add(pivot);
        }
        // One read per dataset, so that a pivot's edges in other datasets do not crowd out its tenants.
        Map<Artifact, Neighbourhood> found = new HashMap<>();
        byDataset.forEach((dataset, group) -> {
            for (Neighbourhood n :
                    store.observations().neighbours(new NeighbourQuery(group, Set.of(dataset), null, limit))) {
                found.put(n.artifact(), n);
            }
        });
        List<Neighbourhood> around = new ArrayList<>(pivots.size());
        for (Artifact pivot : pivots) {
            around.add(found.getOrDefault(pivot, new Neighbourhood(pivot, List.of(), List.of())));
        }
        return around;
    }

    /** The dataset through which domains share a pivot of this type. */
    static Dataset dataset(Artifact pivot) {
        return switch (pivot.type()) {
            case IP -> Dataset.RESOLUTION;
            case TRACKER -> Dataset.TRACKER;
            case CERT -> Dataset.CERTIFICATE;
            default -> Dataset.WHOIS;
        };
    }
}
