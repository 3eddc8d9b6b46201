package io.cairn.ingest.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Formats;
import io.cairn.ingest.stix.StixBundleFormat;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttackFormatTest {
    private static AttackBundle bundle;

    @BeforeAll
    static void readTheShippedBundle() {
        bundle = AttackBundle.read();
    }

    private static long count(String type, Predicate<Profile> which) {
        return bundle.profiles().stream()
                .filter(p -> p.type().equals(type))
                .filter(which)
                .count();
    }

    @Test
    void shouldKeepEveryObjectAndRejectNone() {
        assertThat(bundle.records()).isEqualTo(24_772);
        assertThat(bundle.rejected()).isZero();
        assertThat(bundle.documents()).isEqualTo(24_772);
    }

    @Test
    void shouldMakeAProfileOfEveryGroupSoftwareAndCampaign() {
        assertThat(count("intrusion-set", Profile::active)).isEqualTo(172);
        assertThat(count("intrusion-set", p -> !p.active())).isEqualTo(15);
        assertThat(count("malware", Profile::active)).isEqualTo(693);
        assertThat(count("malware", p -> !p.active())).isEqualTo(3);
        assertThat(count("tool", p -> true)).isEqualTo(91);
        assertThat(count("campaign", p -> true)).isEqualTo(52);
        assertThat(bundle.profiles()).allMatch(p -> p.source().equals("mitre-attack"));
    }

    @Test
    void shouldCarryTheAttackIdsAndAliasesOfGroups() {
        Profile apt28 = bundle.profiles().stream()
                .filter(p -> "G0007".equals(p.externalId()))
                .findFirst()
                .orElseThrow();
        assertThat(apt28.name()).isEqualTo("APT28");
        assertThat(apt28.kind()).isEqualTo(ProfileKind.ACTOR);
        assertThat(apt28.aliases()).contains("Fancy Bear", "Sofacy", "STRONTIUM");
        assertThat(apt28.active()).isTrue();
        assertThat(bundle.profiles().stream().filter(p -> p.kind() == ProfileKind.TOOL))
                .allMatch(p -> p.externalId() != null && p.externalId().matches("S\\d{4}"));
    }

    @Test
    void shouldDefineTechniquesWithTheirTactics() {
        var attachment = bundle.techniques().get("T1566.001");
        assertThat(attachment.name()).isEqualTo("Spearphishing Attachment");
        assertThat(attachment.tactics()).containsExactly("initial-access");
        assertThat(attachment.isSubTechnique()).isTrue();
        assertThat(attachment.active()).isTrue();
        assertThat(bundle.techniques()).hasSize(835);
        assertThat(bundle.techniques().values().stream().filter(t -> t.active()))
                .hasSize(691);
    }

    @Test
    void shouldRelateGroupsToWhatTheyUse() {
        assertThat(bundle.relationsByType().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(20_048);
        assertThat(bundle.relationsByType().get("uses")).isGreaterThan(10_000);
    }

    @Test
    void shouldBeChosenAheadOfPlainStix() throws IOException {
        byte[] head;
        try (var in = AttackFormat.enterprise().open()) {
            head = in.readNBytes(Formats.HEAD_BYTES);
        }
        var formats = new Formats(List.of(new StixBundleFormat(), new AttackFormat()));

        assertThat(formats.detect("enterprise-attack.json", head)).containsInstanceOf(AttackFormat.class);
        byte[] plain = StixBundleFormatHead.PLAIN.getBytes(StandardCharsets.UTF_8);
        assertThat(formats.detect("feed.json", plain)).containsInstanceOf(StixBundleFormat.class);
    }
}
