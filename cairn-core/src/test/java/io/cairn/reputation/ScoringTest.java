package io.cairn.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.ArtifactType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void shouldPlaceScoresInTheBandsOfTheDesign() {
        assertThat(Band.of(100)).isEqualTo(Band.MALICIOUS);
        assertThat(Band.of(75)).isEqualTo(Band.MALICIOUS);
        assertThat(Band.of(74)).isEqualTo(Band.SUSPICIOUS);
        assertThat(Band.of(50)).isEqualTo(Band.SUSPICIOUS);
        assertThat(Band.of(49)).isEqualTo(Band.NEUTRAL);
        assertThat(Band.of(25)).isEqualTo(Band.NEUTRAL);
        assertThat(Band.of(24)).isEqualTo(Band.UNKNOWN);
        assertThat(Band.of(0)).isEqualTo(Band.UNKNOWN);
        assertThatThrownBy(() -> Band.of(101)).hasMessageContaining("101");
    }

    @Test
    void shouldCombinePointsSoThatNoRuleAloneExceedsItsOwnAndTogetherTheyNeverPass100() {
        assertThat(Reputation.combine(List.of())).isZero();
        assertThat(Reputation.combine(List.of(70))).isEqualTo(70);
        assertThat(Reputation.combine(List.of(50, 50))).isEqualTo(75);
        assertThat(Reputation.combine(List.of(30, 10, 20))).isEqualTo(50);
        assertThat(Reputation.combine(List.of(90, 90, 90, 90))).isEqualTo(100);
        assertThat(Reputation.combine(List.of(10, 30))).isEqualTo(Reputation.combine(List.of(30, 10)));
    }

    @Test
    void shouldHalveConfidenceEveryHalfLifeAndNeverDecayWithoutOne() {
        Decay ip = Decay.of(80, Duration.ofDays(60), Duration.ofDays(30));
        assertThat(ip.decayed()).isCloseTo(20.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ip.describe()).isEqualTo("80 → 20.0 after 60 days (half-life 30 days)");

        Decay hash = Decay.of(80, Duration.ofDays(3650), null);
        assertThat(hash.decayed()).isEqualTo(80.0);
        assertThat(hash.describe()).contains("never decays");

        assertThat(Decay.of(80, Duration.ofDays(-3), Duration.ofDays(30)).decayed())
                .isEqualTo(80.0);
    }

    @Test
    void shouldDecayAddressesFasterThanDomainsAndHashesNeverByDefault() {
        ReputationConfig d = ReputationConfig.DEFAULTS;
        assertThat(d.halfLife(ArtifactType.IP)).isLessThan(d.halfLife(ArtifactType.DOMAIN));
        assertThat(d.halfLife(ArtifactType.DOMAIN)).isNotNull();
        assertThat(d.halfLife(ArtifactType.URL)).isNotNull();
        for (ArtifactType hash :
                List.of(ArtifactType.MD5, ArtifactType.SHA1, ArtifactType.SHA256, ArtifactType.SHA512)) {
            assertThat(d.halfLife(hash)).as(hash.id()).isNull();
        }
    }

    @Test
    void shouldRefuseARuleThatGivesPointsWithoutFiring() {
        assertThatThrownBy(() -> new RuleResult("r", "d", Severity.LOW, false, 5, "why", List.of()))
                .hasMessageContaining("did not fire");
    }
}
