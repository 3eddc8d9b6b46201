package io.cairn.store.jdbc;

import io.cairn.user.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A salted hash with its salt in the stored form, as the Argon2id hasher of cairn-app keeps it: the
 * store tests exercise what the store keeps, and cairn-store does not depend on cairn-app.
 */
final class SaltedSha256Passwords implements PasswordHasher {
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String hex = HexFormat.of().formatHex(salt);
        return "sha256$" + hex + "$" + digest(hex, password);
    }

    @Override
    public boolean verify(String password, String stored) {
        String[] parts = stored.split("\\$");
        return parts.length == 3
                && parts[0].equals("sha256")
                && MessageDigest.isEqual(
                        parts[2].getBytes(StandardCharsets.US_ASCII),
                        digest(parts[1], password).getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String password) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
