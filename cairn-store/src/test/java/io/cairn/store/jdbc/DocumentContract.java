package io.cairn.store.jdbc;

import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static io.cairn.store.jdbc.IntelFixtures.MAR;
import static io.cairn.store.jdbc.IntelFixtures.domain;
import static io.cairn.store.jdbc.IntelFixtures.whois;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.document.Document;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.StoreException;
import io.cairn.store.StoredDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versioned documents, on any database. */
abstract class DocumentContract extends IntelContract {

    private static final String SHA256_OF_A = "559aead08264d5795d3909718cdd05abd49572e84fe55590eef31a88a08fdffd";

    private BulkSummary load(Document... documents) {
        return store.documents().bulkLoad(items(documents), BulkListener.none());
    }

    @Test
    void shouldStoreAFirstFetchAsVersionOneWithTheHashOfItsBody() {
        assertThat(load(whois("example.com", "A", JAN))).isEqualTo(new BulkSummary(1, 1, 0, 1));

        assertThat(store.documents().versions("whois", "example.com"))
                .containsExactly(new StoredDocument(whois("example.com", "A", JAN), 1, SHA256_OF_A, JAN, JAN));
    }

    @Test
    void shouldOnlyWidenTheFetchTimesWhenTheContentIsTheSame() {
        load(whois("example.com", "A", FEB));

        assertThat(load(whois("example.com", "A", MAR))).isEqualTo(new BulkSummary(1, 0, 1, 1));
        assertThat(load(whois("example.com", "A", JAN))).isEqualTo(new BulkSummary(1, 0, 1, 1));
        assertThat(load(whois("example.com", "A", FEB))).isEqualTo(new BulkSummary(1, 0, 0, 1));

        assertThat(store.documents().versions("whois", "example.com"))
                .containsExactly(new StoredDocument(whois("example.com", "A", JAN), 1, SHA256_OF_A, JAN, MAR));
    }

    @Test
    void shouldKeepNewContentAsTheNextVersionAndEarlierContentWhereItWas() {
        load(whois("example.com", "A", JAN));
        load(whois("example.com", "B", FEB));
        load(whois("example.com", "A", MAR));

        List<StoredDocument> versions = store.documents().versions("whois", "example.com");
        assertThat(versions).extracting(StoredDocument::version).containsExactly(1, 2);
        assertThat(versions.get(0).document().body()).isEqualTo("A");
        assertThat(versions.get(0).firstFetchedAt()).isEqualTo(JAN);
        assertThat(versions.get(0).lastFetchedAt()).isEqualTo(MAR);
        assertThat(versions.get(1).document().body()).isEqualTo("B");
        assertThat(versions.get(1).lastFetchedAt()).isEqualTo(FEB);
        assertThat(store.documents()
                        .latest("whois", "example.com")
                        .orElseThrow()
                        .version())
                .isEqualTo(2);
    }

    @Test
    void shouldVersionFetchesOfOneBatchInTheirOrder() {
        assertThat(load(whois("example.com", "A", FEB), whois("example.com", "A", JAN), whois("example.com", "B", MAR)))
                .isEqualTo(new BulkSummary(3, 2, 0, 1));

        List<StoredDocument> versions = store.documents().versions("whois", "example.com");
        assertThat(versions).extracting(v -> v.document().body()).containsExactly("A", "B");
        assertThat(versions.get(0).firstFetchedAt()).isEqualTo(JAN);
        assertThat(versions.get(0).lastFetchedAt()).isEqualTo(FEB);
    }

    @Test
    void shouldChangeNothingWhenTheSameFetchIsLoadedAgain() {
        load(whois("example.com", "A", JAN), whois("example.org", "C", JAN));

        assertThat(load(whois("example.com", "A", JAN), whois("example.org", "C", JAN)))
                .isEqualTo(new BulkSummary(2, 0, 0, 1));
        assertThat(store.stats().rows("document")).isEqualTo(2);
    }

    @Test
    void shouldListTheNewestVersionOfEveryDocumentAboutAnArtifactByKindThenKey() {
        Document certificate = new Document(
                "certificate", "ab12", domain("example.com"), "application/x-pem-file", "PEM", JAN, JAN, "ct");
        load(whois("example.com", "A", JAN), whois("example.com", "B", FEB), certificate, whois("other.com", "C", JAN));

        assertThat(store.documents().forArtifact(domain("example.com")))
                .extracting(d -> d.document().kind() + ":" + d.document().key() + ":" + d.version())
                .containsExactly("certificate:ab12:1", "whois:example.com:2");
        assertThat(store.documents().forArtifact(domain("example.com")).get(0).document())
                .isEqualTo(certificate);
    }

    @Test
    void shouldAnswerNothingForAnUnknownDocument() {
        assertThat(store.documents().versions("whois", "nowhere.example")).isEmpty();
        assertThat(store.documents().latest("whois", "nowhere.example")).isEmpty();
    }

    @Test
    void shouldLeaveNothingOfABatchWithABadRow() throws Exception {
        database.poison("document", "new.body = 'poison'");
        try (JdbcStore batching = batchingEvery(2)) {
            assertThatThrownBy(() -> batching.documents()
                            .bulkLoad(
                                    items(
                                            whois("a.com", "A", JAN),
                                            whois("b.com", "B", JAN),
                                            whois("c.com", "C", JAN),
                                            whois("d.com", "poison", JAN),
                                            whois("e.com", "E", JAN)),
                                    BulkListener.none()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("after 1 committed batches");
        }

        assertThat(store.documents().latest("whois", "b.com")).isPresent();
        assertThat(store.documents().latest("whois", "c.com")).isEmpty();
        assertThat(store.stats().rows("document")).isEqualTo(2);
    }
}
