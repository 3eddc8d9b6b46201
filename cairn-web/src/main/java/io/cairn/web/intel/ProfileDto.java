package io.cairn.web.intel;

import io.cairn.intel.Technique;
import io.cairn.store.ArticlePage;
import io.cairn.store.ProfileStore.RelatedProfile;
import io.cairn.store.StoredProfile;
import io.cairn.web.api.Times;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One intel profile in full: who or what, origin and targets, techniques, related profiles and
 * the newest articles that mention it ({@code moreArticles} when there are others).
 */
public record ProfileDto(
        long id,
        String kind,
        String name,
        List<String> aliases,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String origin,
        List<String> targetSectors,
        List<String> targetCountries,
        @Nullable String firstActive,
        @Nullable String externalId,
        boolean active,
        List<String> types,
        List<String> sources,
        String updatedAt,
        List<TechniqueDto> techniques,
        List<RelatedDto> related,
        List<ArticleHitDto> articles,
        boolean moreArticles) {

    /** An ATT&CK technique the profile uses. */
    public record TechniqueDto(String id, String name, List<String> tactics, boolean subTechnique) {
        static TechniqueDto of(Technique t) {
            return new TechniqueDto(t.id(), t.name(), t.tactics(), t.isSubTechnique());
        }
    }

    /**
     * A profile this one is related to; {@code outgoing} when the relation points from this one
     * ({@code uses}, {@code attributed-to}).
     */
    public record RelatedDto(long id, String kind, String name, String relation, boolean outgoing) {
        static RelatedDto of(RelatedProfile r) {
            return new RelatedDto(r.id(), r.kind().id(), r.name(), r.relation(), r.outgoing());
        }
    }

    static ProfileDto of(
            StoredProfile p, List<Technique> techniques, List<RelatedProfile> related, ArticlePage articles) {
        return new ProfileDto(
                p.id(),
                p.kind().id(),
                p.name(),
                List.copyOf(p.aliases()),
                p.summary(),
                p.description(),
                p.origin(),
                List.copyOf(p.targetSectors()),
                List.copyOf(p.targetCountries()),
                Times.iso(p.firstActive()),
                p.externalId(),
                p.active(),
                List.copyOf(p.types()),
                List.copyOf(p.sources()),
                p.updatedAt().toString(),
                techniques.stream().map(TechniqueDto::of).toList(),
                related.stream().map(RelatedDto::of).toList(),
                articles.hits().stream().map(ArticleHitDto::of).toList(),
                articles.next() != null);
    }
}
