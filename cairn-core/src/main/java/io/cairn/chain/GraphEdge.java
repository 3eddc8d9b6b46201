package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One observation in a graph, with the direction it was crossed in and why it exists, in words.
 *
 * @param why e.g. {@code example.com resolved to 192.0.2.1 (A) 2025-01-02…2025-03-04, 12 times}
 */
public record GraphEdge(
        Artifact subject,
        Dataset dataset,
        Artifact object,
        Direction direction,
        Instant firstSeen,
        Instant lastSeen,
        long count,
        Map<String, String> attributes,
        String why) {

    public GraphEdge {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(why, "why");
    }

    static GraphEdge of(Observation o, Direction direction) {
        return new GraphEdge(
                o.subject(),
                o.dataset(),
                o.object(),
                direction,
                o.firstSeen(),
                o.lastSeen(),
                o.count(),
                o.attributes(),
                Explanations.why(o));
    }

    /** The end that is not {@code end}. */
    public Artifact other(Artifact end) {
        return subject.equals(end) ? object : subject;
    }

    /** Subject, dataset and object: what makes two edges the same fact. */
    public String key() {
        return subject + " " + dataset.id() + " " + object;
    }
}
