package io.cairn.app;

import io.cairn.search.ArtifactMatch;
import io.cairn.search.SearchOutcome;
import io.cairn.store.ArticleHit;
import io.cairn.store.ProfileHit;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a search found, shaped for {@code --json} and for the human rendering. */
record SearchResults(
        String kind,
        boolean detected,
        String term,
        List<ArtifactLine> artifacts,
        List<ArticleLine> articles,
        List<ProfileLine> profiles,
        @Nullable String next) {

    record ArtifactLine(String type, String value, String display, String firstSeen, String lastSeen) {
        static ArtifactLine of(ArtifactMatch m) {
            return new ArtifactLine(
                    m.artifact().type().id(),
                    m.artifact().value(),
                    m.artifact().display(),
                    m.firstSeen().toString(),
                    m.lastSeen().toString());
        }
    }

    record ArticleLine(
            long id,
            String title,
            @Nullable String published,
            String source,
            List<String> tags,
            double rank,
            @Nullable String snippet) {
        static ArticleLine of(ArticleHit hit) {
            return new ArticleLine(
                    hit.id(), hit.title(), text(hit.published()), hit.source(), hit.tags(), hit.rank(), hit.snippet());
        }
    }

    record ProfileLine(
            long id,
            String kind,
            String name,
            List<String> aliases,
            @Nullable String externalId,
            boolean active,
            double rank,
            @Nullable String snippet) {
        static ProfileLine of(ProfileHit hit) {
            return new ProfileLine(
                    hit.id(),
                    hit.kind().id(),
                    hit.name(),
                    hit.aliases(),
                    hit.externalId(),
                    hit.active(),
                    hit.rank(),
                    hit.snippet());
        }
    }

    static SearchResults of(SearchOutcome.Found found) {
        return new SearchResults(
                found.kind().id(),
                found.detected(),
                found.term(),
                found.artifacts().stream().map(ArtifactLine::of).toList(),
                found.articles().stream().map(ArticleLine::of).toList(),
                found.profiles().stream().map(ProfileLine::of).toList(),
                found.next());
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
