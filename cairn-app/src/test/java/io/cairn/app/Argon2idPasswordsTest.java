package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class Argon2idPasswordsTest {
    private final Argon2idPasswords passwords = new Argon2idPasswords(new SecureRandom());

    @Test
    void shouldVerifyTheReferenceImplementationsOwnHash() {
        // phc-winner-argon2 src/test.c: "password", salt "somesalt", m=64 MiB, t=2, p=1.
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(passwords.verify("password", reference)).isTrue();
        assertThat(passwords.verify("passwore", reference)).isFalse();
    }

    @Test
    void shouldStoreParametersAndAFreshSaltWithEveryHash() {
        String one = passwords.hash("correct horse battery");
        String two = passwords.hash("correct horse battery");

        assertThat(one).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(one).isNotEqualTo(two).doesNotContain("correct");
        assertThat(passwords.verify("correct horse battery", one)).isTrue();
        assertThat(passwords.verify("correct horse battery", two)).isTrue();
        assertThat(passwords.verify("correct horse batterY", one)).isFalse();
    }

    @Test
    void shouldRefuseStoredFormsItCannotOrShouldNotRead() {
        assertThat(passwords.verify("password", "!")).isFalse();
        assertThat(passwords.verify("password", "")).isFalse();
        assertThat(passwords.verify(
                        "password",
                        "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$wWKIMhR9lyDFvRz9YTZweHKfbftvj+qf+YFY4NeBbtA"))
                .isFalse();
        assertThat(passwords.verify(
                        "password",
                        "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
                .as("more memory than a login may take")
                .isFalse();
    }
}
