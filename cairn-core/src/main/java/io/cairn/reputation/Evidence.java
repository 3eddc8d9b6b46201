package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.intel.ProfileKind;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a rule or an insight rests on, as a link a person can follow. */
public sealed interface Evidence {

    /** One line for people. */
    String describe();

    /** An indicator a source asserts, with its confidence as decayed now when that matters. */
    record IndicatorRef(
            String source,
            String stixId,
            Instant firstSeen,
            Instant lastSeen,
            int confidence,
            @Nullable Decay decay) implements Evidence {
        @Override
        public String describe() {
            return source + " " + stixId + " last seen " + lastSeen + ", confidence "
                    + (decay == null ? String.valueOf(confidence) : decay.describe());
        }
    }

    /** Another artifact, reached through {@code via} in {@code dataset}, and why it counts. */
    record Neighbour(Artifact artifact, Dataset dataset, Artifact via, String why) implements Evidence {
        public Neighbour {
            Objects.requireNonNull(artifact, "artifact");
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(via, "via");
        }

        @Override
        public String describe() {
            return artifact + " shares " + via + " (" + dataset.id() + "): " + why;
        }
    }

    /** An intel profile. */
    record ProfileRef(long id, ProfileKind kind, String name) implements Evidence {
        @Override
        public String describe() {
            return kind.id() + " profile " + name + " (#" + id + ")";
        }
    }

    /** An article. */
    record ArticleRef(long id, String title) implements Evidence {
        @Override
        public String describe() {
            return "article " + title + " (#" + id + ")";
        }
    }

    /** A version of a stored document and what it says that matters here. */
    record DocumentRef(String kind, String key, int version, String fact) implements Evidence {
        @Override
        public String describe() {
            return kind + " document " + key + " v" + version + ": " + fact;
        }
    }

    /** The warning list and entry that hold an artifact. */
    record AllowListRef(String list, @Nullable String description, String kind, String entry) implements Evidence {
        @Override
        public String describe() {
            return "warning list " + list + " (" + kind + " " + entry + ")";
        }
    }

    /** A stored observation. */
    record ObservationRef(
            Artifact subject, Dataset dataset, Artifact object, Instant firstSeen, Instant lastSeen, long count)
            implements Evidence {
        @Override
        public String describe() {
            return subject + " -" + dataset.id() + "-> " + object + " seen " + firstSeen + " to " + lastSeen + " ("
                    + count + "x)";
        }
    }

    /** A known artifact and when it was seen. */
    record ArtifactRef(
            Artifact artifact,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen) implements Evidence {
        @Override
        public String describe() {
            return firstSeen == null ? artifact.toString() : artifact + " seen " + firstSeen + " to " + lastSeen;
        }
    }

    /** A fact worked out from the artifact itself or the configuration. */
    record Fact(String text) implements Evidence {
        public Fact {
            if (text.isBlank()) {
                throw new IllegalArgumentException("a fact needs text");
            }
        }

        @Override
        public String describe() {
            return text;
        }
    }
}
