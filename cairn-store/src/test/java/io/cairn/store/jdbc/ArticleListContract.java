package io.cairn.store.jdbc;

import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static io.cairn.store.jdbc.IntelFixtures.MAR;
import static io.cairn.store.jdbc.IntelFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.indicator.Tlp;
import io.cairn.intel.Article;
import io.cairn.store.ArticleHit;
import io.cairn.store.ArticlePage;
import io.cairn.store.ArticleQuery;
import io.cairn.store.BulkListener;
import io.cairn.store.Highlight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Listing and full-text search of articles, on any database. */
abstract class ArticleListContract extends IntelContract {

    private static Article article(
            String source, String ref, String title, String body, @Nullable Instant published, Set<String> tags) {
        return new Article(source, ref, null, title, null, body, published, JAN, Tlp.CLEAR, tags, Set.of(), Set.of());
    }

    private void load(Article... articles) {
        store.articles().bulkLoad(items(articles), BulkListener.none());
    }

    private List<String> refs(ArticleQuery query) {
        return store.articles().list(query).hits().stream().map(ArticleHit::ref).toList();
    }

    @Test
    void shouldRankAnArticleWithTheWordsInItsTitleAboveOneWithThemInItsBody() {
        load(
                article(
                        "blog",
                        "body",
                        "Quarterly notes",
                        "A long report. Sandworm returned with new wipers.",
                        JAN,
                        Set.of()),
                article("blog", "title", "Sandworm wipers in Ukraine", "The group struck again.", FEB, Set.of()),
                article("blog", "other", "Phishing trends", "Nothing about that group.", MAR, Set.of()));

        ArticlePage page = store.articles().list(ArticleQuery.matching("sandworm wipers", 10));

        assertThat(page.hits()).extracting(ArticleHit::ref).containsExactly("title", "body");
        assertThat(page.hits().get(0).rank()).isGreaterThan(page.hits().get(1).rank());
        assertThat(page.hits().get(1).snippet())
                .contains(Highlight.OPEN + "Sandworm" + Highlight.CLOSE)
                .contains(Highlight.OPEN + "wipers" + Highlight.CLOSE);
        assertThat(page.next()).isNull();
    }

    @Test
    void shouldMatchIgnoringCaseAndAccents() {
        load(article("blog", "a-1", "Opération Sófacy", "Café owners were targeted.", JAN, Set.of()));

        assertThat(refs(ArticleQuery.matching("SOFACY cafe", 10))).containsExactly("a-1");
        assertThat(refs(ArticleQuery.matching("operation", 10))).containsExactly("a-1");
    }

    @Test
    void shouldSearchTagsAndListByTagSourceAndPublicationWindow() {
        load(
                article("blog", "a-1", "One", "text", JAN, Set.of("Ransomware")),
                article("blog", "a-2", "Two", "text", FEB, Set.of("phishing")),
                article("vendor", "a-3", "Three", "text", MAR, Set.of("ransomware")),
                article("vendor", "a-4", "Undated", "text", null, Set.of("ransomware")));

        assertThat(refs(ArticleQuery.all(10))).containsExactly("a-3", "a-2", "a-1", "a-4");
        assertThat(refs(ArticleQuery.all(10).withTag("RANSOMWARE"))).containsExactly("a-3", "a-1", "a-4");
        assertThat(refs(ArticleQuery.all(10).withTag("ransomware").withSource("vendor")))
                .containsExactly("a-3", "a-4");
        assertThat(refs(ArticleQuery.all(10).publishedBetween(FEB, MAR))).containsExactly("a-3", "a-2");
        assertThat(refs(ArticleQuery.all(10).publishedBetween(null, JAN))).containsExactly("a-1");
        assertThat(refs(ArticleQuery.matching("phishing", 10))).containsExactly("a-2");
    }

    @Test
    void shouldListTheArticlesThatMentionAProfileByAnyOfItsNames() {
        store.profiles()
                .loadProfiles(
                        items(actor("mitre", "is--28", "APT28")
                                .aliases("Fancy Bear")
                                .build()),
                        BulkListener.none());
        load(
                new Article(
                        "blog",
                        "r-1",
                        null,
                        "By ref",
                        null,
                        null,
                        JAN,
                        JAN,
                        Tlp.CLEAR,
                        Set.of(),
                        Set.of(),
                        Set.of("is--28")),
                new Article(
                        "blog",
                        "r-2",
                        null,
                        "By alias",
                        null,
                        null,
                        FEB,
                        FEB,
                        Tlp.CLEAR,
                        Set.of(),
                        Set.of(),
                        Set.of(io.cairn.intel.Refs.profileNamed(io.cairn.intel.ProfileKind.ACTOR, "fancy bear"))),
                new Article(
                        "blog",
                        "r-3",
                        null,
                        "Unrelated",
                        null,
                        null,
                        MAR,
                        MAR,
                        Tlp.CLEAR,
                        Set.of(),
                        Set.of(),
                        Set.of()));
        long apt28 = store.profiles().find("APT28").getFirst().id();

        assertThat(refs(ArticleQuery.all(10).mentioning(apt28))).containsExactly("r-2", "r-1");
        assertThat(refs(ArticleQuery.all(10).mentioning(-1L))).isEmpty();
    }

    @Test
    void shouldPageThroughEveryArticleOnceWithCursors() {
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.add(article("blog", "a-" + i, "Report " + i, "beacon seen", JAN.plusSeconds(i), Set.of()));
        }
        load(many.toArray(Article[]::new));

        List<String> seen = new ArrayList<>();
        ArticleQuery query = ArticleQuery.matching("beacon", 3);
        int pages = 0;
        while (query != null) {
            ArticlePage page = store.articles().list(query);
            page.hits().forEach(hit -> seen.add(hit.ref()));
            pages++;
            query = page.next() == null ? null : query.after(page.next());
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void shouldRejectMalformedQueriesNamingWhatIsWrong() {
        assertThatThrownBy(() -> store.articles().list(ArticleQuery.all(5).after("not-a-cursor")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> store.articles().list(ArticleQuery.matching("?!", 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no word");
        assertThatThrownBy(() -> ArticleQuery.matching("  ", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> ArticleQuery.all(0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> ArticleQuery.all(5).publishedBetween(MAR, JAN)).hasMessageContaining("since");
    }

    @Test
    void shouldKeepTheIndexInStepWhenAnArticleIsReplaced() {
        load(article("blog", "a-1", "Turla satellite links", "old text", JAN, Set.of()));
        Article newer = new Article(
                "blog",
                "a-1",
                null,
                "Snake malware",
                null,
                "new text",
                JAN,
                FEB,
                Tlp.CLEAR,
                Set.of(),
                Set.of(),
                Set.of());
        load(newer);

        assertThat(refs(ArticleQuery.matching("turla", 10))).isEmpty();
        assertThat(refs(ArticleQuery.matching("snake", 10))).containsExactly("a-1");
    }
}
