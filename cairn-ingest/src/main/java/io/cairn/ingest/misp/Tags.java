package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.indicator.Tlp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tags of an event or an attribute, and what Cairn reads from them: TLP, confidence and labels. */
record Tags(List<String> names) {
    static final Tags NONE = new Tags(List.of());

    private static final String CONFIDENCE = "estimative-language:confidence-in-analytic-judgment=";
    private static final Pattern GALAXY = Pattern.compile("misp-galaxy:([^=]+)=\"(.*)\"");

    Tags {
        names = List.copyOf(names);
    }

    /** Tags of an attribute: its {@code Tag} array, when it has one. */
    static Tags of(JsonNode attribute) {
        return new Tags(names(attribute.path("Tag")));
    }

    /** The names in a MISP {@code Tag} array: objects with a {@code name}, or bare strings. */
    static List<String> names(JsonNode tags) {
        List<String> names = new ArrayList<>();
        for (JsonNode tag : tags) {
            JsonNode name = tag.isObject() ? tag.path("name") : tag;
            if (name.isTextual() && !name.asText().isBlank()) {
                names.add(name.asText().strip());
            }
        }
        return names;
    }

    Optional<Tlp> tlp() {
        return names.stream()
                .filter(n -> n.regionMatches(true, 0, "tlp:", 0, 4))
                .map(n -> Tlp.fromId(n.substring(4).toLowerCase(Locale.ROOT)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The confidence the estimative-language tag states: high 90, moderate 60, low 30. */
    OptionalInt confidence() {
        for (String name : names) {
            if (name.startsWith(CONFIDENCE)) {
                switch (name.substring(CONFIDENCE.length()).replace("\"", "")) {
                    case "high" -> {
                        return OptionalInt.of(90);
                    }
                    case "moderate" -> {
                        return OptionalInt.of(60);
                    }
                    case "low" -> {
                        return OptionalInt.of(30);
                    }
                    default -> {}
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Tags as labels; a galaxy tag {@code misp-galaxy:threat-actor="APT 28"} becomes {@code threat-actor:APT 28}. */
    Set<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        for (String name : names) {
            Matcher galaxy = GALAXY.matcher(name);
            labels.add(galaxy.matches() ? galaxy.group(1) + ":" + galaxy.group(2) : name);
        }
        return labels;
    }
}
