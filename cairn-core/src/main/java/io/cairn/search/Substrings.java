package io.cairn.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fragments a substring search tries. Brand hunting wants {@code paypal} to find
 * {@code pay-pal.com.verify.top} too, and a trigram index only finds what is spelled out, so the
 * fragment is also tried with its separators removed ({@code pay-pal} finds {@code paypal-login.xyz})
 * and, when it has none, with one hyphen at each inner position ({@code paypal} tries
 * {@code p-aypal} … {@code payp-al}, which finds {@code pay-pal}). Dots are not inserted: a dot
 * splits names where brands are not split, and each variant is one more index query.
 */
final class Substrings {

    /** Longer fragments are tried as given and without separators only, to bound the queries. */
    static final int MAX_HYPHENATED = 24;

    private static final String SEPARATORS = "-._";

    private Substrings() {}

    static Set<String> variants(String fragment) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(fragment);
        StringBuilder joined = new StringBuilder();
        fragment.codePoints().filter(c -> SEPARATORS.indexOf(c) < 0).forEach(joined::appendCodePoint);
        if (joined.length() != fragment.length()) {
            if (joined.codePointCount(0, joined.length()) >= 3) {
                variants.add(joined.toString());
            }
            return variants;
        }
        if (fragment.length() <= MAX_HYPHENATED && fragment.codePoints().allMatch(Character::isLetterOrDigit)) {
            for (int i = 1; i < fragment.length(); i++) {
                if (!Character.isLowSurrogate(fragment.charAt(i))) {
                    variants.add(fragment.substring(0, i) + "-" + fragment.substring(i));
                }
            }
        }
        return variants;
    }
}
