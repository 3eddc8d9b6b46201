package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MispSamplesTest {
    private static final String XORIST = "57c4445b-c548-4654-af0b-4be3950d210f.json";
    private static final String SEDNIT = "existing_event.json";

    @ParameterizedTest
    @ValueSource(strings = {XORIST, SEDNIT, "test_events_collection_1.json", "test_attributes_collection_1.json"})
    void shouldReadEveryAttributeAsOneRecord(String name) {
        List<Read> reads = MispReads.resource(name);

        assertThat(MispReads.attributes(reads)).hasSize(MispReads.attributeCount(name));
        assertThat(MispReads.rejections(reads)).isEmpty();
        assertThat(reads).extracting(Read::position).extracting(Position::path).doesNotHaveDuplicates();
        assertThat(reads).allSatisfy(r -> assertThat(r.position().line()).isPositive());
    }

    @Test
    void shouldMakeIndicatorsOfToIdsHashesOnlyInTheXoristEvent() {
        List<Read> reads = MispReads.resource(XORIST);

        // Links, text and the comment are not for detection; filename and regkey|value name no artifact.
        assertThat(MispReads.indicators(reads))
                .extracting(Indicator::artifact)
                .containsExactly(
                        Artifact.of(ArtifactType.MD5, "0749bae92ca336a02c83d126e04ec628"),
                        Artifact.of(ArtifactType.SHA1, "77b0c41b7d340b8a3d903f21347bbf06aa766b5b"),
                        Artifact.of(
                                ArtifactType.SHA256,
                                "b3c4ae251f8094fa15b510051835c657eaef2a6cea46075d3aec964b14a99f68"));
        Indicator md5 = MispReads.indicators(reads).getFirst();
        assertThat(md5.stixId()).isEqualTo("indicator--57c4448b-454c-4d17-90d1-4d2f950d210f");
        assertThat(md5.source()).isEqualTo(MispReads.SOURCE);
        assertThat(md5.pattern()).isEqualTo("[file:hashes.MD5 = '0749bae92ca336a02c83d126e04ec628']");
        assertThat(md5.modified()).isEqualTo(Instant.ofEpochSecond(1472480395L));
        assertThat(md5.validFrom()).isEqualTo(md5.modified());
        assertThat(md5.lastSeen()).isEqualTo(md5.modified());
        assertThat(md5.tlp()).isEqualTo(Tlp.CLEAR);
        assertThat(md5.confidence()).isEqualTo(50);
        assertThat(md5.revoked()).isFalse();
        assertThat(md5.killChainPhases()).isEmpty();
        assertThat(md5.labels())
                .contains(
                        "misp-category:Payload delivery",
                        "tlp:white",
                        "ms-caro-malware:malware-type=\"Ransom\"",
                        "circl:incident-classification=\"malware\"");
        assertThat(MispReads.attributes(reads).get(5).position().path()).isEqualTo("$.Event.Attribute[5]");
    }

    @Test
    void shouldReadObjectAttributesAndGalaxyTagsOfTheSednitEvent() {
        List<Read> reads = MispReads.resource(SEDNIT);
        List<Indicator> indicators = MispReads.indicators(reads);

        // 19 domains, 12 destination addresses and 37 SHA-1 hashes are marked to_ids.
        assertThat(indicators).hasSize(68);
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.tlp()).isEqualTo(Tlp.CLEAR);
            assertThat(i.labels()).contains("threat-actor:Sofacy", "tool:X-Agent", "workflow:state=\"incomplete\"");
        });
        Indicator ip = indicators.stream()
                .filter(i -> i.stixId().equals("indicator--5a3ce58a-fcd8-48d5-8b4a-4fd9950d210f"))
                .findFirst()
                .orElseThrow();
        assertThat(ip.artifact()).isEqualTo(Artifact.of(ArtifactType.IP, "87.236.211.182"));
        assertThat(ip.pattern()).isEqualTo("[ipv4-addr:value = '87.236.211.182']");
        assertThat(ip.labels()).contains("misp-category:Network activity");
        assertThat(ip.modified()).isEqualTo(Instant.ofEpochSecond(1513940362L));
        assertThat(reads)
                .filteredOn(r -> "$.Object[37].Attribute[0]".equals(r.position().path()))
                .singleElement()
                .satisfies(r -> assertThat(((Read.Accepted) r).items()).hasSize(1));
        assertThat(indicators)
                .filteredOn(i -> i.artifact() != null && i.artifact().type() == ArtifactType.DOMAIN)
                .extracting(i -> i.artifact().value())
                .contains("movieultimate.com", "servicecdp.com", "webviewres.net");
    }

    @Test
    void shouldReadEachEventOfAResponseCollection() {
        List<Read> reads = MispReads.resource("test_events_collection_1.json");

        assertThat(reads)
                .extracting(r -> r.position().path())
                .containsExactly(
                        "$.response[0].Event",
                        "$.response[0].Event.Attribute[0]",
                        "$.response[1].Event",
                        "$.response[1].Event.Attribute[0]");
        // The AS attribute carries no to_ids, so only the domain is for detection.
        assertThat(MispReads.indicators(reads)).singleElement().satisfies(domain -> {
            assertThat(domain.artifact()).isEqualTo(Artifact.of(ArtifactType.DOMAIN, "circl.lu"));
            assertThat(domain.stixId()).isEqualTo("indicator--4bb235a7-7d25-4aef-802f-2c6b45c5eceb");
            assertThat(domain.tlp()).isEqualTo(MispReads.CONTEXT.tlp());
            assertThat(domain.labels()).containsExactly("misp-category:Network activity");
        });
    }

    @Test
    void shouldReadAnAttributeSearchResult() {
        List<Read> reads = MispReads.resource("test_attributes_collection_1.json");

        assertThat(reads)
                .extracting(r -> r.position().path())
                .containsExactly("$.response.Attribute[0]", "$.response.Attribute[1]");
        assertThat(MispReads.indicators(reads))
                .extracting(Indicator::artifact)
                .containsExactly(Artifact.of(ArtifactType.DOMAIN, "circl.lu"));
    }
}
