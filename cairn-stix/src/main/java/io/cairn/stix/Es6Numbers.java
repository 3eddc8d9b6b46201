package io.cairn.stix;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as ECMAScript's Number.prototype.toString writes them (ECMA-262 §7.1.12.1), which RFC
 * 8785 requires: the shortest digits that read back as the same double, in plain notation from
 * 1e-6 to 1e21 and in exponent notation outside it.
 */
final class Es6Numbers {
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private Es6Numbers() {}

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + format(-value);
        }
        // Since JDK 19, Double.toString gives the shortest digits that round-trip (JDK-4511638),
        // except that it always writes two significant digits where one would do (4.9E-324).
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        BigDecimal oneDigit = shortest.round(new MathContext(1, RoundingMode.HALF_EVEN));
        if (oneDigit.doubleValue() == value) {
            shortest = oneDigit.stripTrailingZeros();
        }
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
