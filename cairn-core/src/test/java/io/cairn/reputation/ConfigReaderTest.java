package io.cairn.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.ArtifactType;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    private static Properties properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void shouldKeepTheDefaultsForAnEmptyFile() throws IOException {
        assertThat(ReputationConfig.from(properties(""))).isEqualTo(ReputationConfig.DEFAULTS);
    }

    @Test
    void shouldReadEveryKindOfSetting() throws IOException {
        ReputationConfig c = ReputationConfig.from(properties("""
                weight.profile = 60
                decay.half-life-days.ip = 7
                decay.half-life-days.domain = never
                neighbours.bound = 10
                neighbours.hub-threshold = 200
                abuse.tlds = .XYZ, top
                abuse.asns = AS64640, 64641
                brands = novabank.com
                dga.threshold = 0.7
                allow-list.cap = 5
                insight.sinkhole.addresses = 192.0.2.1
                """));

        assertThat(c.weights().profile()).isEqualTo(60);
        assertThat(c.weights().listedPercent()).isEqualTo(100);
        assertThat(c.halfLife(ArtifactType.IP)).isEqualTo(Duration.ofDays(7));
        assertThat(c.halfLife(ArtifactType.DOMAIN)).isNull();
        assertThat(c.neighbourBound()).isEqualTo(10);
        assertThat(c.hubThreshold()).isEqualTo(200);
        assertThat(c.abuseTlds()).containsExactlyInAnyOrder("xyz", "top");
        assertThat(c.abuseAsns()).containsExactlyInAnyOrder(64640L, 64641L);
        assertThat(c.brands()).containsExactly("novabank.com");
        assertThat(c.dgaThreshold()).isEqualTo(0.7);
        assertThat(c.allowListCap()).isEqualTo(5);
    }

    @Test
    void shouldNameTheKeyOfABadOrUnknownSetting() {
        assertThatThrownBy(() -> ReputationConfig.from(properties("weight.profile = lots")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("weight.profile: 'lots' is not a whole number");
        assertThatThrownBy(() -> ReputationConfig.from(properties("weight.profile = 101")))
                .hasMessageStartingWith("weight.profile: 101 is outside 0-100");
        assertThatThrownBy(() -> ReputationConfig.from(properties("neighbors.bound = 3")))
                .hasMessage("unknown reputation setting 'neighbors.bound'");
        assertThatThrownBy(() -> ReputationConfig.from(properties("decay.half-life-days.ipv4 = 3")))
                .hasMessageStartingWith("decay.half-life-days.ipv4: unknown artifact type 'ipv4'");
        assertThatThrownBy(() -> ReputationConfig.from(properties("abuse.asns = ASX")))
                .hasMessageStartingWith("abuse.asns: 'ASX' is not an AS number");
        assertThatThrownBy(() -> ReputationConfig.from(properties("brands = not a domain")))
                .hasMessageStartingWith("brands: ");
    }
}
