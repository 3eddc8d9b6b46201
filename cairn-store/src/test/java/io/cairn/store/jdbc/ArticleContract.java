package io.cairn.store.jdbc;

import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static io.cairn.store.jdbc.IntelFixtures.MAR;
import static io.cairn.store.jdbc.IntelFixtures.actor;
import static io.cairn.store.jdbc.IntelFixtures.article;
import static io.cairn.store.jdbc.IntelFixtures.domain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Article;
import io.cairn.store.ArticleStore.StoredArticle;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.StoreException;
import io.cairn.store.StoredProfile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Articles by source and ref, and what they mention, on any database. */
abstract class ArticleContract extends IntelContract {

    private BulkSummary load(Article... articles) {
        return store.articles().bulkLoad(items(articles), BulkListener.none());
    }

    private static Set<Artifact> mentioned(String... domains) {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        for (String name : domains) {
            artifacts.add(domain(name));
        }
        return artifacts;
    }

    @Test
    void shouldStoreAnArticleWithTheArtifactsItMentionsInOrder() {
        Article report = article("a-1", JAN, "Bears", mentioned("zeta.example", "alpha.example"), Set.of("is--28"));

        assertThat(load(report)).isEqualTo(new BulkSummary(1, 1, 0, 1));

        StoredArticle stored = store.articles().article("blog", "a-1").orElseThrow();
        assertThat(stored.article()).isEqualTo(report);
        assertThat(List.copyOf(stored.article().artifacts()))
                .containsExactly(domain("zeta.example"), domain("alpha.example"));
        assertThat(store.articles().article(stored.id())).contains(stored);
        assertThat(store.articles().article("blog", "a-2")).isEmpty();
    }

    @Test
    void shouldReplaceAnArticleWithANewerVersionOnly() {
        load(article("a-1", JAN, "First", mentioned("old.example"), Set.of()));

        assertThat(load(article("a-1", FEB, "Second", mentioned("new.example"), Set.of())))
                .isEqualTo(new BulkSummary(1, 0, 1, 1));
        assertThat(load(article("a-1", JAN, "First again", mentioned("old.example"), Set.of())))
                .isEqualTo(new BulkSummary(1, 0, 0, 1));

        assertThat(store.articles()
                        .article("blog", "a-1")
                        .orElseThrow()
                        .article()
                        .title())
                .isEqualTo("Second");
        assertThat(store.articles().forArtifact(domain("old.example"))).isEmpty();
        assertThat(store.articles().forArtifact(domain("new.example")))
                .extracting(a -> a.article().title())
                .containsExactly("Second");
        assertThat(store.stats().rows("article")).isEqualTo(1);
    }

    @Test
    void shouldListArticlesOfAnArtifactNewestPublishedFirst() {
        load(
                article("a-1", JAN, "January", mentioned("x.example"), Set.of()),
                article("a-2", MAR, "March", mentioned("x.example"), Set.of()),
                article("a-3", FEB, "February", mentioned("x.example", "y.example"), Set.of()));

        assertThat(store.articles().forArtifact(domain("x.example")))
                .extracting(a -> a.article().title())
                .containsExactly("March", "February", "January");
    }

    @Test
    void shouldLinkProfilesToTheArtifactsOfArticlesThatMentionBoth() {
        store.profiles().loadProfiles(items(actor("mitre", "is--28", "APT28").build()), BulkListener.none());
        load(article("a-1", JAN, "Bears", mentioned("evil.example"), Set.of("is--28")));

        assertThat(store.profiles().forArtifact(domain("evil.example")))
                .extracting(StoredProfile::name)
                .containsExactly("APT28");

        load(article("a-1", FEB, "Bears, corrected", mentioned("evil.example"), Set.of()));
        assertThat(store.profiles().forArtifact(domain("evil.example"))).isEmpty();
    }

    @Test
    void shouldLeaveNothingOfABatchWithABadArticle() throws Exception {
        database.poison("article", "new.title = 'poison'");
        try (JdbcStore batching = batchingEvery(2)) {
            assertThatThrownBy(() -> batching.articles()
                            .bulkLoad(
                                    items(
                                            article("a-1", JAN, "One", mentioned("one.example"), Set.of()),
                                            article("a-2", JAN, "Two", mentioned("two.example"), Set.of()),
                                            article("a-3", JAN, "Three", mentioned("three.example"), Set.of("x")),
                                            article("a-4", JAN, "poison", mentioned("four.example"), Set.of())),
                                    BulkListener.none()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("loading articles failed after 1 committed batches");
        }
        assertThat(store.stats().rows("article")).isEqualTo(2);
        assertThat(store.stats().rows("relation")).isZero();
        assertThat(store.articles().forArtifact(domain("three.example"))).isEmpty();
    }
}
