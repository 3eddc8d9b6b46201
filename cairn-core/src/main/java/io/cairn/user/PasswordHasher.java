package io.cairn.user;

/**
 * A memory-hard password hash whose stored form carries its own parameters and salt, so that they
 * can change without invalidating the passwords already stored.
 */
public interface PasswordHasher {

    /** The stored form of {@code password}, with a fresh salt. */
    String hash(String password);

    /** Whether {@code password} matches a stored form; false for a form this hasher cannot read. */
    boolean verify(String password, String stored);
}
