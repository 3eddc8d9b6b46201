package io.cairn.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.indicator.Tlp;
import io.cairn.store.Source;
import io.cairn.store.SourceAuth;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Configuring feeds and recording their runs, whatever database holds them. */
abstract class SourceRegistryContract {

    private JdbcStore store;

    /** A migrated store on a new, empty database; the subclass cleans it up after the test. */
    protected abstract JdbcStore openFresh();

    @BeforeEach
    void openStore() {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static Source taxiiFeed(String name) {
        return Source.configured(
                name,
                "taxii",
                "https://taxii.example/api1/",
                null,
                "collection-a",
                SourceAuth.basic("reader", "FEED_PASSWORD"),
                "B",
                70,
                Tlp.GREEN,
                Duration.ofHours(1));
    }

    @Test
    void shouldKeepEverySettingOfAFeed() {
        store.sources().save(taxiiFeed("partner"));

        Source stored = store.sources().find("partner").orElseThrow();
        assertThat(stored).isEqualTo(taxiiFeed("partner"));
        assertThat(stored.dueAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void shouldListFeedsByNameButNotSourcesThatImportsOnlyCredit() {
        store.sources().save(taxiiFeed("zeta"));
        var urlFeed = Source.configured(
                "alpha",
                "csv-url",
                "https://x.example/f.csv",
                "urlhaus",
                null,
                SourceAuth.apiKey("KEY", "X-Api-Key"),
                null,
                40,
                Tlp.CLEAR,
                null);
        store.sources().save(urlFeed);
        store.imports().recordImport("manual", "0".repeat(64), "file.csv", 1, Instant.now());

        assertThat(store.sources().list()).extracting(Source::name).containsExactly("alpha", "zeta");
        assertThat(store.sources().find("alpha").orElseThrow().auth().apiKeyHeader())
                .isEqualTo("X-Api-Key");
        assertThat(store.sources().find("manual")).isEmpty();
    }

    @Test
    void shouldMoveTheWatermarkOnSuccessOnlyAndCountEveryRun() {
        store.sources().save(taxiiFeed("partner"));
        Instant first = Instant.parse("2026-01-01T10:00:00Z");
        store.sources().recordSuccess("partner", first, "2026-01-01T09:59:00.000Z", 10, 8);
        Instant second = first.plusSeconds(3600);
        store.sources().recordFailure("partner", second, "HTTP 503 from the server", 3, 2);

        Source after = store.sources().find("partner").orElseThrow();
        assertThat(after.watermark()).isEqualTo("2026-01-01T09:59:00.000Z");
        assertThat(after.counters()).isEqualTo(new Source.Counters(13, 10, 1));
        assertThat(after.lastRunAt()).isEqualTo(second);
        assertThat(after.lastSuccessAt()).isEqualTo(first);
        assertThat(after.lastError()).isEqualTo("HTTP 503 from the server");
        assertThat(after.lastErrorAt()).isEqualTo(second);
        assertThat(after.dueAt()).isEqualTo(second.plus(Duration.ofHours(1)));

        store.sources().recordSuccess("partner", second.plusSeconds(60), null, 0, 0);
        assertThat(store.sources().find("partner").orElseThrow().watermark()).isEqualTo("2026-01-01T09:59:00.000Z");
    }

    @Test
    void shouldReplaceTheSettingsButKeepTheHistoryWhenSavedAgain() {
        store.sources().save(taxiiFeed("partner"));
        store.sources().recordSuccess("partner", Instant.parse("2026-01-01T10:00:00Z"), "w1", 5, 5);
        var changed = Source.configured(
                "partner",
                "taxii",
                "https://other.example/api/",
                null,
                "collection-b",
                SourceAuth.NONE,
                null,
                20,
                Tlp.RED,
                null);
        store.sources().save(changed);

        Source after = store.sources().find("partner").orElseThrow();
        assertThat(after.url()).isEqualTo("https://other.example/api/");
        assertThat(after.auth()).isEqualTo(SourceAuth.NONE);
        assertThat(after.schedule()).isNull();
        assertThat(after.dueAt()).isNull();
        assertThat(after.watermark()).isEqualTo("w1");
        assertThat(after.counters().read()).isEqualTo(5);
    }

    @Test
    void shouldRemoveAFeedButKeepItsNameForWhatItImported() {
        store.sources().save(taxiiFeed("partner"));
        assertThat(store.sources().remove("partner")).isTrue();
        assertThat(store.sources().remove("partner")).isFalse();
        assertThat(store.sources().find("partner")).isEmpty();
        assertThat(store.sources().list()).isEmpty();
        store.sources().save(taxiiFeed("partner"));
        assertThat(store.sources().find("partner")).isPresent();
    }

    @Test
    void shouldRefuseAReliabilityOutsideTheAdmiraltyScale() {
        assertThatThrownBy(() -> Source.configured(
                        "x", "csv-url", "https://x.example/", null, null, SourceAuth.NONE, "G", 50, Tlp.CLEAR, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A-F");
    }
}
