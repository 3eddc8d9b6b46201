package io.cairn.demo;

import java.util.List;

/**
 * SplitMix64: fast, small and good enough for a world that only has to look plausible. Each entity
 * gets its own generator from (seed, stream, index), so it can be rebuilt at any time without
 * holding it, and adding a draw to one entity never shifts another.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    static Rng of(long seed, long stream, long index) {
        return new Rng(mix(seed * GOLDEN ^ mix(stream * 0x632BE59BD9B4E019L + index)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long next() {
        state += GOLDEN;
        return mix(state);
    }

    /** A number in [0, bound). */
    int below(int bound) {
        return (int) ((next() >>> 33) * bound >>> 31);
    }

    /** A number in [from, to]. */
    int between(int from, int to) {
        return from + below(to - from + 1);
    }

    boolean percent(int chance) {
        return below(100) < chance;
    }

    String pick(String[] options) {
        return options[below(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(below(options.size()));
    }

    String hex(int length) {
        return hex(length, HEX);
    }

    /** Upper-case hex, as certificate serials are written. */
    String serial(int length) {
        return hex(length, HEX_UPPER);
    }

    private String hex(int length, char[] digits) {
        char[] out = new char[length];
        long bits = 0;
        for (int i = 0; i < length; i++) {
            if (i % 16 == 0) {
                bits = next();
            }
            out[i] = digits[(int) (bits & 15)];
            bits >>>= 4;
        }
        return new String(out);
    }

    String digits(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = (char) ('0' + (i == 0 ? 1 + below(9) : below(10)));
        }
        return new String(out);
    }

    /** A version 4 UUID made of this generator's bits, as STIX and MISP ids need. */
    String uuid() {
        String h = hex(32);
        char variant = HEX[8 + below(4)];
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-" + variant
                + h.substring(17, 20) + "-" + h.substring(20, 32);
    }
}
