package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.ingest.FormatException;
import io.cairn.ingest.Read;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedManifestTest {

    @Test
    void shouldRecogniseAFeedManifestAndYieldNothingFromIt() {
        byte[] manifest = MispReads.bytes("feed/manifest.json");

        assertThat(new MispEventFormat().detect("manifest.json", manifest)).isEqualTo(90);
        List<Read> reads = MispReads.read("manifest.json", new java.io.ByteArrayInputStream(manifest));
        assertThat(reads)
                .extracting(r -> r.position().path())
                .containsExactly("$.57c4445b-c548-4654-af0b-4be3950d210f", "$.5a3c2fcd-8328-42bb-a95e-4f4402de0b81");
        assertThat(reads)
                .allSatisfy(r -> assertThat(((Read.Accepted) r).items()).isEmpty());
    }

    @Test
    void shouldRejectAnEntryThatIsNotAnEventSummary() {
        List<Read> reads = MispReads.of("""
                {"57c4445b-c548-4654-af0b-4be3950d210f": {"info": "Ransomware - Xorist", "timestamp": "1472541011"},
                 "5a3c2fcd-8328-42bb-a95e-4f4402de0b81": "Sednit",
                 "hashes": {}}
                """);

        assertThat(MispReads.rejections(reads))
                .extracting(r -> r.rejection().toString())
                .containsExactly(
                        "event.json:2 $.5a3c2fcd-8328-42bb-a95e-4f4402de0b81: a manifest entry is a JSON object",
                        "event.json:3 $.hashes: a manifest entry is keyed by an event UUID, not 'hashes'");
    }

    @Test
    void shouldBreakOnATruncatedManifest() {
        assertThatThrownBy(() -> MispReads.of("""
                {"57c4445b-c548-4654-af0b-4be3950d210f": {"info": "Ransomware - Xorist", "timestamp": "1472541011"},
                 "5a3c2fcd-8328-42bb-a95e-4f4402de0b81": {"info": "Sed"""))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("not readable as a MISP feed manifest");
    }
}
