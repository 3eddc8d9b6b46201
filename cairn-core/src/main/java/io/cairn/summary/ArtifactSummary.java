package io.cairn.summary;

import io.cairn.artifact.Artifact;
import io.cairn.insight.Insight;
import io.cairn.intel.ProfileKind;
import io.cairn.reputation.Reputation;
import io.cairn.store.DatasetCount;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What Cairn knows of one artifact, for its page and the API.
 *
 * @param firstSeen when anything first saw it; null when the store does not know it
 * @param tags indicator labels and article tags, sorted
 * @param counts observations per dataset it takes part in, as subject and as object
 * @param projects names of the projects that hold it
 */
public record ArtifactSummary(
        Artifact artifact,
        @Nullable Instant firstSeen,
        @Nullable Instant lastSeen,
        Reputation reputation,
        List<Insight> insights,
        List<ArticleLink> articles,
        List<ProfileLink> profiles,
        Set<String> tags,
        List<DatasetCount> counts,
        HeaderFacts header,
        List<String> projects) {

    public ArtifactSummary {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(reputation, "reputation");
        Objects.requireNonNull(header, "header");
        insights = List.copyOf(insights);
        articles = List.copyOf(articles);
        profiles = List.copyOf(profiles);
        tags = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(tags));
        counts = List.copyOf(counts);
        projects = List.copyOf(projects);
    }

    /** The type's stable name, as in {@code domain}. */
    public String type() {
        return artifact.type().id();
    }

    /** An article that mentions the artifact. */
    public record ArticleLink(
            long id, String source, String title, @Nullable Instant publishedAt, Set<String> tags) {
        public ArticleLink {
            tags = Set.copyOf(tags);
        }
    }

    /** An intel profile linked to the artifact. */
    public record ProfileLink(long id, ProfileKind kind, String name, Set<String> aliases) {
        public ProfileLink {
            aliases = Set.copyOf(aliases);
        }
    }
}
