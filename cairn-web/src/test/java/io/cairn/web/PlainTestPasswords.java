package io.cairn.web;

import io.cairn.user.PasswordHasher;

/** Passwords for tests that never sign in with one; the API authenticates keys, not passwords. */
final class PlainTestPasswords implements PasswordHasher {
    @Override
    public String hash(String password) {
        return "plain:" + password;
    }

    @Override
    public boolean verify(String password, String stored) {
        return stored.equals("plain:" + password);
    }
}
