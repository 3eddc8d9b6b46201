package io.cairn.artifact;

import org.jspecify.annotations.Nullable;

/**
 * RFC 3492 decoding of one A-label. {@link java.net.IDN#toUnicode} implements IDNA 2003 and refuses
 * labels only IDNA 2008 allows ({@code xn--fa-hia} is faß), so those are decoded here.
 */
final class Punycode {

    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private Punycode() {}

    /** The Unicode form of {@code xn--…}, or null if it is not valid Punycode for a non-ASCII label. */
    static @Nullable String decodeLabel(String aLabel) {
        String input = aLabel.substring(4);
        int delimiter = input.lastIndexOf('-');
        StringBuilder output = new StringBuilder(delimiter > 0 ? input.substring(0, delimiter) : "");
        int[] codePoints = output.codePoints().toArray();
        int count = codePoints.length;
        int[] out = new int[input.length() + 1];
        System.arraycopy(codePoints, 0, out, 0, count);
        int n = INITIAL_N;
        int bias = INITIAL_BIAS;
        int i = 0;
        int in = delimiter > 0 ? delimiter + 1 : 0;
        boolean nonAscii = false;
        while (in < input.length()) {
            int oldI = i;
            int w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) {
                    return null;
                }
                int digit = digit(input.charAt(in++));
                if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
                    return null;
                }
                i += digit * w;
                int t = k <= bias ? T_MIN : Math.min(k - bias, T_MAX);
                if (digit < t) {
                    break;
                }
                if (w > Integer.MAX_VALUE / (BASE - t)) {
                    return null;
                }
                w *= BASE - t;
            }
            bias = adapt(i - oldI, count + 1, oldI == 0);
            if (i / (count + 1) > Integer.MAX_VALUE - n) {
                return null;
            }
            n += i / (count + 1);
            i %= count + 1;
            if (n > Character.MAX_CODE_POINT || (n >= Character.MIN_SURROGATE && n <= Character.MAX_SURROGATE)) {
                return null;
            }
            System.arraycopy(out, i, out, i + 1, count - i);
            out[i++] = n;
            count++;
            nonAscii = true;
        }
        return nonAscii ? new String(out, 0, count) : null;
    }

    private static int adapt(int delta, int points, boolean first) {
        int d = first ? delta / DAMP : delta / 2;
        d += d / points;
        int k = 0;
        while (d > ((BASE - T_MIN) * T_MAX) / 2) {
            d /= BASE - T_MIN;
            k += BASE;
        }
        return k + (BASE - T_MIN + 1) * d / (d + SKEW);
    }

    private static int digit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        return -1;
    }
}
