package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Side;
import io.cairn.store.DatasetCount;
import io.cairn.store.Neighbourhood;
import io.cairn.store.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * What shares each pivot: the subjects that point at it in its dataset (at most {@code limit}, most
 * recent first) and its full degree there, as neighbourhoods.
 */
final class Pivots {
    private Pivots() {}

    static List<Neighbourhood> around(Store store, List<Artifact> pivots, int limit) {
        List<Neighbourhood> around = new ArrayList<>(pivots.size());
        for (Artifact pivot : pivots) {
            Dataset dataset = dataset(pivot);
            List<DatasetCount> degrees = store.observations().counts(pivot).stream()
                    .filter(c -> c.dataset() == dataset)
                    .toList();
            around.add(
                    new Neighbourhood(pivot, store.observations().list(pivot, dataset, Side.OBJECT, limit), degrees));
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
