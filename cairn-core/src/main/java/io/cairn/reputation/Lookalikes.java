package io.cairn.reputation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Names that imitate a brand: homoglyphs ({@code micros0ft}, Cyrillic letters), a small edit
 * distance ({@code microsfot}), the brand with separators or words around it ({@code
 * login-microsoft}) or the brand in a subdomain ({@code microsoft.login-portal.xyz}). The brand's
 * own registered domain and its subdomains are never lookalikes.
 */
final class Lookalikes {
    private static final String LATIN = "aeopcxyijsdhkmtbl";
    // Cyrillic and Greek letters that render like the Latin letter at the same position of LATIN.
    private static final String[] CONFUSABLE = {
        "аα", "еε", "оοσ", "рρ", "сς", "хχ", "уγ", "іι", "ј", "ѕ", "ԁ", "һ", "κк", "м", "т", "в", "ӏ"
    };

    /** The brand imitated, how, and the label that does it. */
    record Match(String brand, String how, String label) {}

    private final List<String> brands;

    Lookalikes(List<String> brandDomains) {
        this.brands = List.copyOf(brandDomains);
    }

    /**
     * @param host the host in A-label form
     * @param unicodeHost its Unicode form when it is an IDN, else null
     * @param registeredDomain the host's registered domain
     */
    Optional<Match> match(String host, @Nullable String unicodeHost, String registeredDomain) {
        if (brands.contains(registeredDomain)) {
            return Optional.empty();
        }
        String shown = unicodeHost != null ? unicodeHost : host;
        String[] labels = shown.toLowerCase(Locale.ROOT).split("\\.");
        int registeredLabels = registeredDomain.split("\\.").length;
        String core = labels[labels.length - registeredLabels];
        for (String brandDomain : brands) {
            String brand = brandDomain.substring(0, brandDomain.indexOf('.'));
            String normal = normalise(core);
            if (!core.equals(brand) && normal.equals(brand)) {
                return Optional.of(new Match(brandDomain, "homoglyphs of " + brand, core));
            }
            if (core.equals(brand)) {
                return Optional.of(new Match(brandDomain, brand + " under another suffix", core));
            }
            int distance = distance(core, brand);
            int allowed = brand.length() >= 8 ? 2 : brand.length() >= 5 ? 1 : 0;
            if (distance > 0 && distance <= allowed) {
                return Optional.of(new Match(brandDomain, "edit distance " + distance + " from " + brand, core));
            }
            if (brand.length() >= 4 && normal.contains(brand)) {
                return Optional.of(new Match(brandDomain, brand + " inside the name", core));
            }
            for (int i = 0; i < labels.length - registeredLabels; i++) {
                if (brand.length() >= 4 && normalise(labels[i]).contains(brand)) {
                    return Optional.of(new Match(brandDomain, brand + " in a subdomain", labels[i]));
                }
            }
        }
        return Optional.empty();
    }

    /** Digits and confusable letters read as the Latin letters they imitate; separators dropped. */
    static String normalise(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1' -> 'l';
                        case '3' -> 'e';
                        case '4' -> 'a';
                        case '5' -> 's';
                        case '7' -> 't';
                        case '8' -> 'b';
                        default -> latin(c);
                    });
        }
        return out.toString().replace("rn", "m").replace("vv", "w");
    }

    private static char latin(char c) {
        for (int i = 0; i < CONFUSABLE.length; i++) {
            if (CONFUSABLE[i].indexOf(c) >= 0) {
                return LATIN.charAt(i);
            }
        }
        return c;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
