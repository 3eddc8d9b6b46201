package io.cairn.ingest.galaxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GalaxyFormatTest {

    private static Map<String, Profile> byName(String resource) {
        var reads = GalaxyReads.resource(resource);
        assertThat(GalaxyReads.rejections(reads)).isEmpty();
        return GalaxyReads.profiles(reads).stream().collect(Collectors.toMap(Profile::name, Function.identity()));
    }

    @Test
    void shouldMakeAnActorOfEveryThreatActorCluster() {
        var actors = byName("threat-actor.json");

        assertThat(actors).hasSize(27);
        Profile apt28 = actors.get("APT28");
        assertThat(apt28.kind()).isEqualTo(ProfileKind.ACTOR);
        assertThat(apt28.type()).isEqualTo("misp-galaxy:threat-actor");
        assertThat(apt28.source()).isEqualTo("misp-galaxy");
        assertThat(apt28.ref()).isEqualTo("5b4ee3ea-eee3-4c8e-8323-85ae32658754");
        assertThat(apt28.externalId()).isEqualTo("G0007");
        assertThat(apt28.origin()).isEqualTo("RU");
        assertThat(apt28.aliases())
                .contains("Fancy Bear", "Sofacy", "STRONTIUM")
                .doesNotContain("G0007");
        assertThat(apt28.targetSectors()).contains("Government", "Military", "Security Service");
        assertThat(apt28.modified()).isEqualTo(GalaxyReads.CONTEXT.importedAt());
        assertThat(apt28.active()).isTrue();
    }

    @Test
    void shouldMapVictimCountriesToIsoCodesAndLeaveOutTheRest() {
        var actors = byName("threat-actor.json");

        assertThat(actors.get("DarkHotel").targetCountries()).containsExactly("CN", "JP", "KR", "RU", "TW");
        assertThat(actors.get("Lazarus Group").targetCountries())
                .containsExactly(
                        "AU", "BD", "BR", "CA", "CN", "DE", "FR", "GB", "GT", "HK", "IN", "JP", "KR", "TH", "US");
        assertThat(actors.get("OilRig").targetCountries()).containsExactly("IL", "KW", "LB", "QA", "SA", "TR", "US");
    }

    @Test
    void shouldMakeToolsOfToolAndMalpediaClusters() {
        var tools = byName("tool.json");
        var families = byName("malpedia.json");

        assertThat(tools).hasSize(17);
        assertThat(tools.get("PlugX").kind()).isEqualTo(ProfileKind.TOOL);
        assertThat(tools.get("PlugX").type()).isEqualTo("misp-galaxy:tool");
        assertThat(tools.get("PlugX").aliases()).contains("Korplug");
        assertThat(families).hasSize(15);
        assertThat(families.get("Cobalt Strike").type()).isEqualTo("misp-galaxy:malpedia");
        assertThat(families.get("Cobalt Strike").aliases())
                .containsExactly("Agentemis", "BEACON", "CobaltStrike", "cobeacon");
        // Malpedia links to the groups that use a family, which are not the family's ATT&CK id.
        assertThat(families.get("Cobalt Strike").externalId()).isNull();
    }
}
