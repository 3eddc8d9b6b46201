package io.cairn.web.search;

import io.cairn.search.ArtifactMatch;
import io.cairn.search.SearchOutcome;
import io.cairn.web.artifact.ArtifactDto;
import io.cairn.web.intel.ArticleHitDto;
import io.cairn.web.intel.ProfileHitDto;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search: what the query was read as ({@code kind}, {@code detected}, {@code term}),
 * the artifacts, articles and profiles found, and the cursor of the next page.
 */
public record SearchResultDto(
        String query,
        String kind,
        boolean detected,
        String term,
        List<FoundArtifactDto> artifacts,
        List<ArticleHitDto> articles,
        List<ProfileHitDto> profiles,
        @Nullable String next) {

    /** An artifact found, with when it was seen. */
    public record FoundArtifactDto(ArtifactDto artifact, String firstSeen, String lastSeen) {
        static FoundArtifactDto of(ArtifactMatch m) {
            return new FoundArtifactDto(
                    ArtifactDto.of(m.artifact()),
                    m.firstSeen().toString(),
                    m.lastSeen().toString());
        }
    }

    static SearchResultDto of(SearchOutcome.Found f) {
        return new SearchResultDto(
                f.query(),
                f.kind().id(),
                f.detected(),
                f.term(),
                f.artifacts().stream().map(FoundArtifactDto::of).toList(),
                f.articles().stream().map(ArticleHitDto::of).toList(),
                f.profiles().stream().map(ProfileHitDto::of).toList(),
                f.next());
    }
}
