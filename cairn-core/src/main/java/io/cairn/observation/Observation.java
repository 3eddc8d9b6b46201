package io.cairn.observation;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One distinct fact of telemetry: {@code subject} relates to {@code object} in {@code dataset},
 * seen {@code count} times between {@code firstSeen} and {@code lastSeen} by {@code sources}.
 *
 * <p>Sources and attributes are kept sorted so that output and stored forms are deterministic.
 */
public record Observation(
        Artifact subject,
        Dataset dataset,
        Artifact object,
        Instant firstSeen,
        Instant lastSeen,
        long count,
        Set<String> sources,
        Map<String, String> attributes) {

    public Observation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        if (firstSeen.isAfter(lastSeen)) {
            throw new IllegalArgumentException("first seen " + firstSeen + " is after last seen " + lastSeen + " for "
                    + describe(subject, dataset, object));
        }
        if (count < 1) {
            throw new IllegalArgumentException(
                    "count " + count + " is below 1 for " + describe(subject, dataset, object));
        }
        sources = sortedSources(sources);
        attributes = sortedAttributes(attributes);
    }

    /** A single sighting with no attributes, as most importers produce. */
    public static Observation of(
            Artifact subject, Dataset dataset, Artifact object, Instant firstSeen, Instant lastSeen, String source) {
        return new Observation(subject, dataset, object, firstSeen, lastSeen, 1, Set.of(source), Map.of());
    }

    /** Whether {@code other} describes the same fact (same subject, dataset and object). */
    public boolean sameFact(Observation other) {
        return subject.equals(other.subject) && dataset == other.dataset && object.equals(other.object);
    }

    /**
     * Merges two reports of the same fact: earliest first seen, latest last seen, counts summed,
     * sources united; attribute values from the report seen last win, since they describe the
     * fact as it is now.
     */
    public Observation mergedWith(Observation other) {
        if (!sameFact(other)) {
            throw new IllegalArgumentException("cannot merge " + this + " with a different fact " + other);
        }
        Set<String> unitedSources = new TreeSet<>(sources);
        unitedSources.addAll(other.sources);
        boolean otherIsLater = !other.lastSeen.isBefore(lastSeen);
        Map<String, String> merged = new TreeMap<>(otherIsLater ? attributes : other.attributes);
        merged.putAll(otherIsLater ? other.attributes : attributes);
        return new Observation(
                subject,
                dataset,
                object,
                firstSeen.isBefore(other.firstSeen) ? firstSeen : other.firstSeen,
                lastSeen.isAfter(other.lastSeen) ? lastSeen : other.lastSeen,
                Math.addExact(count, other.count),
                unitedSources,
                merged);
    }

    private static SortedSet<String> sortedSources(Set<String> sources) {
        Objects.requireNonNull(sources, "sources");
        SortedSet<String> sorted = new TreeSet<>();
        for (String source : sources) {
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("source names must not be blank");
            }
            sorted.add(source);
        }
        return Collections.unmodifiableSortedSet(sorted);
    }

    private static SortedMap<String, String> sortedAttributes(Map<String, String> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        SortedMap<String, String> sorted = new TreeMap<>();
        attributes.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException("attribute keys and values must not be null");
            }
            sorted.put(key, value);
        });
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static String describe(Artifact subject, Dataset dataset, Artifact object) {
        return subject + " -" + dataset.id() + "-> " + object;
    }

    @Override
    public String toString() {
        return describe(subject, dataset, object) + " [" + firstSeen + ", " + lastSeen + "] x" + count + " " + sources;
    }
}
