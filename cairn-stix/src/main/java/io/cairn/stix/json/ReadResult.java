package io.cairn.stix.json;

import io.cairn.stix.StixObject;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One step of reading STIX JSON: an object, an object that cannot be used, or the end of reading. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Malformed, ReadResult.Unreadable {

    /** Where in the input, e.g. {@code $.objects[12]}. */
    String path();

    /** An object that passed the import checks. */
    record Read(String path, StixObject object) implements ReadResult {
        public Read {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(object, "object");
        }
    }

    /**
     * A well-formed JSON value that is not a usable STIX object; reading goes on with the next one.
     * {@code problems} lists every rule it breaks, the first being the one reported by {@link #reason()}.
     *
     * @param path the object, e.g. {@code $.objects[12]}
     * @param objectId its id, when it has a string one
     */
    record Malformed(String path, @Nullable String objectId, List<Problem> problems) implements ReadResult {
        public Malformed {
            Objects.requireNonNull(path, "path");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a malformed object needs at least one problem");
            }
        }

        /** The first problem's place, e.g. {@code $.objects[12].modified}. */
        public String problemPath() {
            return problems.getFirst().path();
        }

        public Position position() {
            return problems.getFirst().position();
        }

        public String reason() {
            return problems.getFirst().reason();
        }

        @Override
        public String toString() {
            return problemPath() + " (" + position() + "): " + reason();
        }
    }

    /** One broken rule: where ({@code $.objects[12].modified}, line and column) and why. */
    record Problem(String path, Position position, String reason) {
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The input cannot be read further: it is not JSON, it is truncated, or it is JSON but neither
     * a bundle, an array nor an object. Always the last result.
     */
    record Unreadable(String path, Position position, String reason) implements ReadResult {
        public Unreadable {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return "unreadable at " + position + " (" + path + "): " + reason;
        }
    }
}
