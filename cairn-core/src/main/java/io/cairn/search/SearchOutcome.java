package io.cairn.search;

import io.cairn.artifact.Artifact;
import io.cairn.store.ArticleHit;
import io.cairn.store.ProfileHit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a search gave: results, or the reason the query cannot be searched as asked. */
public sealed interface SearchOutcome permits SearchOutcome.Found, SearchOutcome.Rejected {

    String query();

    /**
     * The query was searched.
     *
     * @param kind the kind it was searched as
     * @param detected whether the kind was detected rather than named by the caller
     * @param term what was looked for: the canonical artifact value or the cleaned text
     * @param artifact the artifact the query names, if it names one (for a host search, the
     *     registered domain; for a WHOIS search, the WHOIS value)
     * @param next the cursor of the next page, null on the last
     */
    record Found(
            String query,
            SearchKind kind,
            boolean detected,
            String term,
            @Nullable Artifact artifact,
            List<ArtifactMatch> artifacts,
            List<ArticleHit> articles,
            List<ProfileHit> profiles,
            @Nullable String next)
            implements SearchOutcome {

        public Found {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(term, "term");
            artifacts = List.copyOf(artifacts);
            articles = List.copyOf(articles);
            profiles = List.copyOf(profiles);
        }

        public boolean isEmpty() {
            return artifacts.isEmpty() && articles.isEmpty() && profiles.isEmpty();
        }
    }

    /**
     * The query is not valid for the kind (or the page request is malformed); {@code reason} says
     * why in words for people. {@code kind} is null when none was named and none detected.
     */
    record Rejected(String query, @Nullable SearchKind kind, String reason) implements SearchOutcome {

        public Rejected {
            Objects.requireNonNull(query, "query");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }
    }
}
