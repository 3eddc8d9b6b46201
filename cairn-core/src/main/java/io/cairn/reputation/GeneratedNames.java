package io.cairn.reputation;

/**
 * How machine-made a DNS label looks, from 0 (a word) to 1 (random letters and digits): a mix of
 * character entropy, scarcity of vowels, long consonant runs and digits among letters. Labels
 * shorter than {@link #MIN_LENGTH} score 0, since short names are often abbreviations.
 */
final class GeneratedNames {
    static final int MIN_LENGTH = 7;

    private GeneratedNames() {}

    static double score(String label) {
        String s = label.replace("-", "");
        if (s.length() < MIN_LENGTH || s.startsWith("xn")) {
            return 0;
        }
        int[] counts = new int[128];
        int vowels = 0;
        int digits = 0;
        int letters = 0;
        int run = 0;
        int longestRun = 0;
        for (char c : s.toCharArray()) {
            if (c >= 128) {
                return 0;
            }
            counts[c]++;
            boolean digit = c >= '0' && c <= '9';
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            digits += digit ? 1 : 0;
            letters += digit ? 0 : 1;
            vowels += vowel ? 1 : 0;
            run = !digit && !vowel ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        double entropy = 0;
        for (int n : counts) {
            if (n > 0) {
                double p = (double) n / s.length();
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        double entropyScore = clamp((entropy - 2.5) / 1.5);
        double vowelScore = letters == 0 ? 1 : clamp((0.35 - (double) vowels / s.length()) / 0.25);
        double runScore = clamp((longestRun - 3) / 3.0);
        double digitScore = letters == 0 || digits == 0 ? 0 : clamp((double) digits / s.length() / 0.3);
        return 0.4 * entropyScore + 0.3 * vowelScore + 0.15 * runScore + 0.15 * digitScore;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
