package io.cairn.ingest.galaxy;

import io.cairn.intel.Profile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as galaxies write them, to ISO 3166-1 alpha-2 codes: the English names the JDK
 * knows, plus the common short forms it spells otherwise. Regions and organisations map to nothing.
 */
final class Countries {
    private static final Map<String, String> CODES = codes();

    private Countries() {}

    static Optional<String> code(String name) {
        String key = Profile.normalise(name);
        if (key.startsWith("the")) {
            String withoutArticle = CODES.get(key.substring(3));
            if (withoutArticle != null) {
                return Optional.of(withoutArticle);
            }
        }
        return Optional.ofNullable(CODES.get(key));
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(Profile.normalise(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map.ofEntries(
                        Map.entry("United States of America", "US"),
                        Map.entry("USA", "US"),
                        Map.entry("UK", "GB"),
                        Map.entry("Great Britain", "GB"),
                        Map.entry("Russian Federation", "RU"),
                        Map.entry("Republic of Korea", "KR"),
                        Map.entry("Korea", "KR"),
                        Map.entry("DPRK", "KP"),
                        Map.entry("Czech Republic", "CZ"),
                        Map.entry("Turkey", "TR"),
                        Map.entry("Hong Kong", "HK"),
                        Map.entry("Macao", "MO"),
                        Map.entry("Macau", "MO"),
                        Map.entry("Myanmar", "MM"),
                        Map.entry("Burma", "MM"),
                        Map.entry("Ivory Coast", "CI"),
                        Map.entry("Cote d'Ivoire", "CI"),
                        Map.entry("Palestine", "PS"),
                        Map.entry("Vatican", "VA"),
                        Map.entry("UAE", "AE"),
                        Map.entry("Bosnia", "BA"),
                        Map.entry("Swaziland", "SZ"),
                        Map.entry("Macedonia", "MK"),
                        Map.entry("Cape Verde", "CV"),
                        Map.entry("East Timor", "TL"),
                        Map.entry("Congo", "CG"),
                        Map.entry("Democratic Republic of the Congo", "CD"))
                .forEach((name, code) -> codes.put(Profile.normalise(name), code));
        return Map.copyOf(codes);
    }
}
