package io.cairn.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys look like {@code cairn_<prefix>_<secret>}: a fixed scheme so that secret scanners can find
 * leaked keys, an 8-character prefix that names the key in lists, and 40 random characters (about
 * 238 bits). All random parts are base62, so a key survives copy and paste and URLs untouched.
 */
public final class ApiKeyFormat {
    public static final String SCHEME = "cairn_";
    static final int PREFIX_LENGTH = 8;
    static final int SECRET_LENGTH = 40;

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern PREFIX = Pattern.compile("[0-9A-Za-z]{" + PREFIX_LENGTH + "}");
    private static final Pattern KEY = Pattern.compile("cairn_([0-9A-Za-z]{8})_[0-9A-Za-z]{32,128}");

    private ApiKeyFormat() {}

    static boolean isPrefix(String prefix) {
        return PREFIX.matcher(prefix).matches();
    }

    static String randomPrefix(SecureRandom random) {
        return base62(random, PREFIX_LENGTH);
    }

    static String key(String prefix, SecureRandom random) {
        return SCHEME + prefix + "_" + base62(random, SECRET_LENGTH);
    }

    /** The prefix of a well-formed key; empty for anything else, which then costs no lookup. */
    static Optional<String> prefixOf(String presented) {
        Matcher m = KEY.matcher(presented);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The prefix someone typed to name a key: the prefix itself, {@code cairn_} and the prefix, or the
     * whole key. Empty when it is none of those.
     */
    public static Optional<String> prefixNamed(String text) {
        String t = text.strip();
        if (t.startsWith(SCHEME)) {
            t = t.substring(SCHEME.length());
        }
        int end = t.indexOf('_');
        String prefix = end < 0 ? t : t.substring(0, end);
        return isPrefix(prefix) ? Optional.of(prefix) : Optional.empty();
    }

    /** SHA-256 of the key, in hex: a key has too much entropy to need a slow hash. */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String base62(SecureRandom random, int length) {
        var chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = BASE62.charAt(random.nextInt(BASE62.length()));
        }
        return new String(chars);
    }
}
