package io.cairn.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which articles to list. Without {@code text} they come newest published first; with it, best
 * match first (title counts most, then summary, tags and body), each with a highlighted snippet.
 *
 * @param text words that must all occur in title, summary, body or tags (case and accents ignored)
 * @param source the name of the source that published it
 * @param tag one of its tags, ignoring case
 * @param mentionedProfile the id of a profile the article mentions
 * @param publishedSince published at or after
 * @param publishedUntil published at or before
 * @param cursor where the previous page stopped ({@link ArticlePage#next()}), or null for the first
 */
public record ArticleQuery(
        @Nullable String text,
        @Nullable String source,
        @Nullable String tag,
        @Nullable Long mentionedProfile,
        @Nullable Instant publishedSince,
        @Nullable Instant publishedUntil,
        int limit,
        @Nullable String cursor) {

    public ArticleQuery {
        if (text != null) {
            Paging.requireText(text);
        }
        Paging.requireLimit(limit);
        if (publishedSince != null && publishedUntil != null && publishedSince.isAfter(publishedUntil)) {
            throw new IllegalArgumentException(
                    "published since " + publishedSince + " is after published until " + publishedUntil);
        }
    }

    /** The first page of articles matching {@code text}. */
    public static ArticleQuery matching(String text, int limit) {
        return new ArticleQuery(text, null, null, null, null, null, limit, null);
    }

    /** The first page of everything, newest first. */
    public static ArticleQuery all(int limit) {
        return new ArticleQuery(null, null, null, null, null, null, limit, null);
    }

    public ArticleQuery withTag(@Nullable String articleTag) {
        return new ArticleQuery(
                text, source, articleTag, mentionedProfile, publishedSince, publishedUntil, limit, cursor);
    }

    public ArticleQuery withSource(@Nullable String name) {
        return new ArticleQuery(text, name, tag, mentionedProfile, publishedSince, publishedUntil, limit, cursor);
    }

    public ArticleQuery mentioning(@Nullable Long profileId) {
        return new ArticleQuery(text, source, tag, profileId, publishedSince, publishedUntil, limit, cursor);
    }

    public ArticleQuery publishedBetween(@Nullable Instant since, @Nullable Instant until) {
        return new ArticleQuery(text, source, tag, mentionedProfile, since, until, limit, cursor);
    }

    public ArticleQuery after(@Nullable String next) {
        return new ArticleQuery(text, source, tag, mentionedProfile, publishedSince, publishedUntil, limit, next);
    }
}
