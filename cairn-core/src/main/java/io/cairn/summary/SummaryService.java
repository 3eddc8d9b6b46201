package io.cairn.summary;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.insight.InsightService;
import io.cairn.reputation.Hosts;
import io.cairn.reputation.ReputationService;
import io.cairn.store.ArticleStore.StoredArticle;
import io.cairn.store.Store;
import io.cairn.store.StoredArtifact;
import io.cairn.store.StoredProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds the artifact summary from the store, reputation, insights and the projects port. */
public final class SummaryService {
    /** Articles listed, newest published first. */
    public static final int ARTICLES = 50;

    private final Store store;
    private final ReputationService reputation;
    private final InsightService insights;
    private final ProjectLookup projects;

    public SummaryService(Store store, ReputationService reputation, InsightService insights, ProjectLookup projects) {
        this.store = Objects.requireNonNull(store, "store");
        this.reputation = Objects.requireNonNull(reputation, "reputation");
        this.insights = Objects.requireNonNull(insights, "insights");
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    public ArtifactSummary summarize(Artifact artifact) {
        Optional<StoredArtifact> known = store.artifacts().find(artifact.type(), artifact.value());
        List<StoredArticle> articles = store.articles().forArtifact(artifact);
        List<StoredProfile> profiles = store.profiles().forArtifact(artifact);
        Set<String> tags = new TreeSet<>();
        for (Indicator i : store.indicators().forArtifact(artifact)) {
            tags.addAll(i.labels());
        }
        List<ArtifactSummary.ArticleLink> articleLinks = articles.stream()
                .limit(ARTICLES)
                .map(a -> new ArtifactSummary.ArticleLink(
                        a.id(),
                        a.article().source(),
                        a.article().title(),
                        a.article().publishedAt(),
                        a.article().tags()))
                .toList();
        articles.forEach(a -> tags.addAll(a.article().tags()));
        return new ArtifactSummary(
                artifact,
                known.map(StoredArtifact::firstSeen).orElse(null),
                known.map(StoredArtifact::lastSeen).orElse(null),
                reputation.assess(artifact),
                insights.insights(artifact),
                articleLinks,
                profiles.stream()
                        .map(p -> new ArtifactSummary.ProfileLink(p.id(), p.kind(), p.name(), p.aliases()))
                        .toList(),
                tags,
                store.observations().counts(artifact),
                Header.of(store, Hosts.of(artifact)),
                projects.projectsHolding(artifact));
    }
}
