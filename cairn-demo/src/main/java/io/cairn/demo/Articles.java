package io.cairn.demo;

import java.util.ArrayList;
import java.util.List;

/** The prose of a campaign's article, with its indicators defanged as analysts write them. */
final class Articles {
    private Articles() {}

    static String title(Campaign c) {
        return c.name() + ": " + c.malware() + " activity against " + c.target().company() + " customers";
    }

    static String body(Campaign c, List<Listing> listings) {
        List<String> infrastructure = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        for (Listing l : listings) {
            if (!l.mentioned()) {
                continue;
            }
            switch (l.type()) {
                case "sha256", "md5" -> samples.add(l.value());
                default -> infrastructure.add(defang(l.value()));
            }
        }
        return c.name() + " (also tracked as " + String.join(", ", c.aliases()) + ") runs " + c.summary()
                + ". The operators register their domains through "
                + c.registrar().name()
                + " and rotate them across bulletproof and shared hosting, which makes address-based blocking"
                + " unreliable. Infrastructure observed: " + String.join(", ", infrastructure) + "."
                + (samples.isEmpty() ? "" : " " + c.malware() + " samples: " + String.join(", ", samples) + ".");
    }

    static String defang(String value) {
        String v = value.replace("https://", "hxxps://").replace("http://", "hxxp://");
        int slash = v.indexOf("://");
        int hostStart = slash < 0 ? 0 : slash + 3;
        int hostEnd = v.indexOf('/', hostStart);
        hostEnd = hostEnd < 0 ? v.length() : hostEnd;
        int dot = v.lastIndexOf('.', hostEnd - 1);
        if (dot < hostStart) {
            return v;
        }
        return v.substring(0, dot) + "[.]" + v.substring(dot + 1);
    }
}
