package io.cairn.artifact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An artifact found at [start, end) of the refanged text, before overlaps are settled. */
record Candidate(int start, int end, Artifact artifact) {

    /** Earliest first; of two starting together the longer, so a URL beats the domain inside it. */
    static final Comparator<Candidate> READING_ORDER = Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed());

    /** What the scanners found so far. */
    static final class Found {
        private final List<Candidate> candidates = new ArrayList<>();

        /** Keeps the span if the check says it is an artifact; returns whether it did. */
        boolean add(int start, int end, Check check) {
            if (check instanceof Check.Valid(Artifact artifact)) {
                candidates.add(new Candidate(start, end, artifact));
                return true;
            }
            return false;
        }

        List<Candidate> inReadingOrder() {
            candidates.sort(READING_ORDER);
            return candidates;
        }
    }
}
