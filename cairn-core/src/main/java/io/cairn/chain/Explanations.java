package io.cairn.chain;

import io.cairn.observation.Observation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Why an edge exists, in one sentence an analyst can read aloud. */
final class Explanations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Explanations() {}

    static String why(Observation o) {
        String subject = o.subject().display();
        String object = o.object().display();
        String detail = detail(o.attributes(), o.dataset().id());
        String sentence = switch (o.dataset()) {
            case RESOLUTION -> subject + " resolved to " + object;
            case DNS_RECORD -> subject + " has a DNS record pointing to " + object;
            case REVERSE_DNS -> subject + " points back to " + object;
            case WHOIS -> subject + " is registered with " + object;
            case CERTIFICATE -> subject + " served certificate " + object;
            case TRACKER -> subject + " embeds tracker " + object;
            case COMPONENT -> subject + " runs " + object;
            case HOST_PAIR -> subject + " links to " + object;
            case COOKIE -> subject + " sets cookie " + object;
            case SERVICE -> subject + " offers " + object;
        };
        return sentence + detail + " " + span(o.firstSeen(), o.lastSeen()) + ", " + o.count()
                + (o.count() == 1 ? " time" : " times");
    }

    private static String detail(Map<String, String> attributes, String dataset) {
        String value = switch (dataset) {
            case "resolution", "dns-record" -> attributes.get("rrtype");
            case "reverse-dns" -> "PTR";
            case "host-pair" -> attributes.get("cause");
            case "certificate" -> attributes.containsKey("port") ? "port " + attributes.get("port") : null;
            case "whois" -> attributes.get("contact");
            default -> null;
        };
        return value == null || value.isBlank() ? "" : " (" + value + ")";
    }

    private static String span(Instant first, Instant last) {
        String from = DAY.format(first);
        String to = DAY.format(last);
        return from.equals(to) ? from : from + "…" + to;
    }
}
