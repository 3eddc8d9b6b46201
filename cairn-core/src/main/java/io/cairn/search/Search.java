package io.cairn.search;

import io.cairn.store.ArticleHit;
import io.cairn.store.ArticlePage;
import io.cairn.store.ArticleQuery;
import io.cairn.store.Paging;
import io.cairn.store.ProfileHit;
import io.cairn.store.ProfilePage;
import io.cairn.store.ProfileQuery;
import io.cairn.store.Store;
import io.cairn.store.StoredProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one search box: reads the query (detected and refanged, or as the named kind) and runs it
 * against the store. Artifact lists page by position; article and profile lists by the store's
 * own cursors; one cursor carries all three.
 */
public final class Search {

    private final Store store;
    private final ArtifactFinder artifacts;

    public Search(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.artifacts = new ArtifactFinder(store);
    }

    public SearchOutcome search(SearchRequest request) {
        Read read = request.kind() == null
                ? Understanding.detect(request.query())
                : Kinds.read(request.kind(), request.query(), false);
        if (read instanceof Read.No(SearchKind kind, String reason)) {
            return new SearchOutcome.Rejected(request.query(), kind, reason);
        }
        Term term = ((Read.Yes) read).term();
        if (request.limit() < 1 || request.limit() > Paging.MAX_LIMIT) {
            return rejected(
                    request, term, "limit must be between 1 and " + Paging.MAX_LIMIT + ", not " + request.limit());
        }
        Optional<SearchCursor> cursor = SearchCursor.decode(request.cursor());
        if (cursor.isEmpty()) {
            return rejected(request, term, "the cursor is not one this search handed out");
        }
        try {
            return run(request, term, cursor.get());
        } catch (IllegalArgumentException e) {
            // The store's own checks: a cursor of another list, text with nothing to search for.
            return rejected(request, term, e.getMessage());
        }
    }

    private SearchOutcome run(SearchRequest request, Term term, SearchCursor at) {
        int limit = request.limit();
        List<ArtifactMatch> found =
                artifacts.find(term, Math.min(at.offset() + limit + 1, SearchCursor.MAX_OFFSET + 1));
        List<ArtifactMatch> page =
                found.subList(Math.min(at.offset(), found.size()), Math.min(at.offset() + limit, found.size()));
        boolean moreArtifacts = found.size() > at.offset() + limit && at.offset() + limit <= SearchCursor.MAX_OFFSET;
        List<ArticleHit> articles = List.of();
        List<ProfileHit> profiles = new ArrayList<>();
        String articlesNext = SearchCursor.DONE;
        String profilesNext = SearchCursor.DONE;
        boolean wantsArticles =
                Set.of(SearchKind.ARTICLE, SearchKind.KEYWORD, SearchKind.TAG).contains(term.kind());
        boolean wantsProfiles = Set.of(SearchKind.PROFILE, SearchKind.KEYWORD).contains(term.kind());
        if (wantsArticles && !at.articlesDone()) {
            ArticleQuery query = term.kind() == SearchKind.TAG
                    ? ArticleQuery.all(limit).withTag(term.text())
                    : ArticleQuery.matching(term.text(), limit);
            ArticlePage articlePage = store.articles().list(query.after(at.articleCursor()));
            articles = articlePage.hits();
            articlesNext = SearchCursor.after(articlePage.next());
        }
        if ((term.kind() == SearchKind.PROFILE || term.kind() == SearchKind.TAG) && at.equals(SearchCursor.FIRST)) {
            store.profiles().find(term.text()).forEach(p -> profiles.add(named(p)));
        }
        if (wantsProfiles && !at.profilesDone()) {
            ProfilePage profilePage = store.profiles()
                    .list(ProfileQuery.matching(term.text(), limit).after(at.profileCursor()));
            profilePage.hits().stream()
                    .filter(hit -> profiles.stream().noneMatch(p -> p.id() == hit.id()))
                    .forEach(profiles::add);
            profilesNext = SearchCursor.after(profilePage.next());
        }
        String next = new SearchCursor(at.offset() + limit, articlesNext, profilesNext).encode(moreArtifacts);
        return new SearchOutcome.Found(
                request.query(),
                term.kind(),
                term.detected(),
                term.text(),
                term.artifact(),
                page,
                articles,
                profiles,
                next);
    }

    /** A profile found by its name, an alias or its ATT&CK id: an exact match, listed before text matches. */
    private static ProfileHit named(StoredProfile p) {
        return new ProfileHit(
                p.id(), p.kind(), p.name(), List.copyOf(p.aliases()), p.externalId(), p.active(), 0, null);
    }

    private static SearchOutcome rejected(SearchRequest request, Term term, String reason) {
        return new SearchOutcome.Rejected(request.query(), term.kind(), reason);
    }
}
