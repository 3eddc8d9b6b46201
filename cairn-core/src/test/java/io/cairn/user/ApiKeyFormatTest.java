package io.cairn.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void shouldMakeKeysThatCarryTheirPrefixAndDifferEveryTime() {
        String prefix = ApiKeyFormat.randomPrefix(random);
        String one = ApiKeyFormat.key(prefix, random);
        String two = ApiKeyFormat.key(prefix, random);

        assertThat(one).matches("cairn_[0-9A-Za-z]{8}_[0-9A-Za-z]{40}").startsWith("cairn_" + prefix + "_");
        assertThat(one).isNotEqualTo(two);
        assertThat(ApiKeyFormat.prefixOf(one)).contains(prefix);
    }

    @Test
    void shouldReadThePrefixOnlyFromAWellFormedKey() {
        assertThat(ApiKeyFormat.prefixOf("cairn_Ab3dEf9h_" + "x".repeat(32))).contains("Ab3dEf9h");
        assertThat(ApiKeyFormat.prefixOf("cairn_Ab3dEf9h_" + "x".repeat(31))).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("Bearer cairn_Ab3dEf9h_" + "x".repeat(40)))
                .isEmpty();
        assertThat(ApiKeyFormat.prefixOf("cairn_Ab3d-f9h_" + "x".repeat(40))).isEmpty();
    }

    @Test
    void shouldFindThePrefixInWhatPeopleTypeToNameAKey() {
        assertThat(ApiKeyFormat.prefixNamed("Ab3dEf9h")).contains("Ab3dEf9h");
        assertThat(ApiKeyFormat.prefixNamed(" cairn_Ab3dEf9h ")).contains("Ab3dEf9h");
        assertThat(ApiKeyFormat.prefixNamed("cairn_Ab3dEf9h_" + "x".repeat(40))).contains("Ab3dEf9h");
        assertThat(ApiKeyFormat.prefixNamed("Ab3d")).isEmpty();
        assertThat(ApiKeyFormat.prefixNamed("")).isEmpty();
    }

    @Test
    void shouldHashKeysWithSha256AndCompareHashesExactly() {
        assertThat(ApiKeyFormat.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeyFormat.sameHash(ApiKeyFormat.hash("abc"), ApiKeyFormat.hash("abc")))
                .isTrue();
        assertThat(ApiKeyFormat.sameHash(ApiKeyFormat.hash("abc"), ApiKeyFormat.hash("abd")))
                .isFalse();
    }

    @Test
    void shouldTellWhetherAKeyCanBeUsedNow() {
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        var active = new ApiKey(1, "ann", "cli", "Ab3dEf9h", now, now.plusSeconds(1), null, false);
        var expired = new ApiKey(1, "ann", "cli", "Ab3dEf9h", now, now, null, false);
        var revoked = new ApiKey(1, "ann", "cli", "Ab3dEf9h", now, null, null, true);

        assertThat(active.state(now)).isEqualTo(ApiKey.State.ACTIVE);
        assertThat(expired.state(now)).isEqualTo(ApiKey.State.EXPIRED);
        assertThat(revoked.state(now)).isEqualTo(ApiKey.State.REVOKED);
    }

    @Test
    void shouldReadRolesByTheirNamesOnly() {
        assertThat(Role.parse("Analyst")).contains(Role.ANALYST);
        assertThat(Role.ADMIN.id()).isEqualTo("admin");
        assertThat(Role.parse("root")).isEmpty();
    }
}
