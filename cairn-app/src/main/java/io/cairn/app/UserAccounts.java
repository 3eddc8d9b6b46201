package io.cairn.app;

import io.cairn.store.Store;
import io.cairn.user.Users;
import java.security.SecureRandom;
import java.time.Clock;

/** Builds the {@link Users} service on a store: Argon2id passwords, the system clock, a strong random. */
final class UserAccounts {
    private UserAccounts() {}

    static Users of(Store store) {
        var random = new SecureRandom();
        return new Users(store.users(), new Argon2idPasswords(random), Clock.systemUTC(), random);
    }
}
