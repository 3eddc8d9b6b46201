package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.document.Document;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.intel.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MispArticleTest {

    private static <T extends Item> List<T> items(List<Read> reads, Class<T> kind) {
        return reads.stream()
                .filter(Read.Accepted.class::isInstance)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .filter(kind::isInstance)
                .map(kind::cast)
                .toList();
    }

    @Test
    void shouldPublishTheSednitEventAsAnArticleMentioningItsActorAndTools() {
        List<Read> reads = MispReads.resource("existing_event.json");

        Article sednit = items(reads, Item.Published.class).getFirst().article();
        assertThat(sednit.ref()).isEqualTo("5a3c2fcd-8328-42bb-a95e-4f4402de0b81");
        assertThat(sednit.title()).isEqualTo("OSINT - Sednit update: How Fancy Bear Spent the Year");
        assertThat(sednit.publishedAt()).isEqualTo(Instant.parse("2017-12-21T00:00:00Z"));
        assertThat(sednit.modified()).isEqualTo(Instant.ofEpochSecond(1513948642L));
        assertThat(sednit.tlp()).isEqualTo(Tlp.CLEAR);
        assertThat(sednit.tags()).contains("misp-galaxy:threat-actor=\"Sofacy\"", "tlp:white");
        assertThat(sednit.refs())
                .contains("profile:actor:Sofacy", "profile:tool:X-Agent", "profile:tool:CHOPSTICK")
                .hasSize(12)
                .noneMatch(ref -> ref.contains("Sednit EK"));
        assertThat(sednit.artifacts())
                .hasSize(67)
                .contains(
                        Artifact.of(ArtifactType.DOMAIN, "movieultimate.com"),
                        Artifact.of(ArtifactType.IP, "87.236.211.182"));
    }

    @Test
    void shouldKeepEachObjectWholeAsADocument() {
        List<Read> reads = MispReads.resource("existing_event.json");

        List<Document> objects = items(reads, Item.Documented.class).stream()
                .map(Item.Documented::document)
                .toList();
        assertThat(objects).hasSize(49);
        Document file = objects.getFirst();
        assertThat(file.kind()).isEqualTo("misp-object");
        assertThat(file.key()).isEqualTo("5a3cd5b6-9568-4342-b2ab-4c62950d210f");
        assertThat(file.fetchedAt()).isEqualTo(Instant.ofEpochSecond(1513936310L));
        assertThat(file.body())
                .startsWith("{\"Attribute\":[{\"category\":\"Payload delivery\"")
                .contains("\"value\":\"68064fc152e23d56e541714af52651cb4ba81aaf\"")
                .endsWith("\"uuid\":\"5a3cd5b6-9568-4342-b2ab-4c62950d210f\"}");
    }

    @Test
    void shouldNameMitreGalaxyClustersWithoutTheirAttackId() {
        List<Read> reads = MispReads.of("""
                {"Event": {"uuid": "5a3c2fcd-8328-42bb-a95e-4f4402de0b81", "info": "APT28 phishing",
                  "date": "2024-05-31", "timestamp": "1717200000", "publish_timestamp": "0",
                  "Tag": [{"name": "misp-galaxy:mitre-intrusion-set=\\"APT28 - G0007\\""},
                          {"name": "misp-galaxy:mitre-attack-pattern=\\"Spearphishing Attachment - T1566.001\\""},
                          {"name": "tlp:amber"}]}}
                """);

        Article article = items(reads, Item.Published.class).getFirst().article();
        assertThat(article.refs()).containsExactly("profile:actor:APT28");
        assertThat(article.tags()).hasSize(3);
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-31T00:00:00Z"));
        assertThat(article.tlp()).isEqualTo(Tlp.AMBER);
    }

    @Test
    void shouldRejectAnEventWithoutInfoButReadItsAttributes() {
        List<Read> reads = MispReads.of("""
                {"Event": {"uuid": "5a3c2fcd-8328-42bb-a95e-4f4402de0b81", "info": " ",
                  "Attribute": [{"type": "md5", "value": "0749bae92ca336a02c83d126e04ec628",
                    "to_ids": true, "timestamp": "1700000000"}]}}
                """);

        assertThat(MispReads.rejections(reads))
                .singleElement()
                .satisfies(r -> assertThat(r.rejection())
                        .hasToString("event.json:1 $.Event.info: event 5a3c2fcd-8328-42bb-a95e-4f4402de0b81"
                                + " needs an info, its title"));
        assertThat(MispReads.indicators(reads)).hasSize(1);
    }

    @Test
    void shouldRejectBadEventTimesAndObjectUuids() {
        List<Read> reads = MispReads.of("""
                {"Event": {"uuid": "5a3c2fcd-8328-42bb-a95e-4f4402de0b81", "info": "x", "timestamp": "yesterday",
                  "Object": [{"uuid": "not-a-uuid", "name": "file", "Attribute": []}]}}
                """);

        assertThat(MispReads.rejections(reads))
                .extracting(r -> r.rejection().toString())
                .containsExactly(
                        "event.json:1 $.Event.timestamp: timestamp 'yesterday' is not a time in epoch seconds",
                        "event.json:2 $.Event.Object[0].uuid: a MISP object's uuid is a UUID, not \"not-a-uuid\"");
    }
}
