package io.cairn.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The blocklists: URLhaus- and ThreatFox-style CSV and a generic CSV, each listing part of each campaign. */
final class Feeds {
    private Feeds() {}

    static List<FileSummary> write(Path root, long seed, List<Campaign> campaigns, List<List<Listing>> listings)
            throws IOException {
        try (OutFile urlhaus = OutFile.text(root, "import/feeds/urlhaus.csv", "urlhaus", FileSummary.Purpose.IMPORT);
                OutFile threatfox =
                        OutFile.text(root, "import/feeds/threatfox.csv", "threatfox", FileSummary.Purpose.IMPORT);
                OutFile generic = OutFile.text(root, "import/feeds/blocklist.csv", "csv", FileSummary.Purpose.IMPORT)) {
            urlhaus.text()
                    .write("################################################################\n"
                            + "# URLhaus-style dump of the Cairn demo world (generated)\n"
                            + "#\n# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n");
            threatfox
                    .text()
                    .write("first_seen_utc,ioc_id,ioc_value,ioc_type,threat_type,fk_malware,malware_alias,"
                            + "malware_printable,last_seen_utc,confidence_level,reference,tags,anonymous,reporter\n");
            generic.text().write("value,type,confidence,tags,first_seen,last_seen\n");
            long id = 4_100_000;
            for (int i = 0; i < campaigns.size(); i++) {
                Campaign c = campaigns.get(i);
                Rng rng = Rng.of(seed, 300, i);
                String family = c.malware().toLowerCase(Locale.ROOT);
                for (Listing l : listings.get(i)) {
                    Instant first = c.start().plusSeconds(rng.between(5, 150) * Times.DAY);
                    Instant last = first.plusSeconds(rng.between(1, 60) * Times.DAY);
                    if (l.listedIn("urlhaus")) {
                        urlhaus.line(quoted(
                                Long.toString(id++),
                                Times.abuseCh(first),
                                l.value(),
                                "offline",
                                Times.abuseCh(last),
                                c.summary().startsWith("credential") ? "phishing" : "malware_download",
                                c.malware(),
                                "",
                                "demo_reporter"));
                    }
                    if (l.listedIn("threatfox")) {
                        String[] typed = threatfoxType(l, rng);
                        threatfox.line(quoted(
                                Times.abuseCh(first),
                                Long.toString(id++),
                                typed[0],
                                typed[1],
                                l.role().equals("sample") ? "payload" : "botnet_cc",
                                "win." + family,
                                "",
                                c.malware(),
                                Times.abuseCh(last),
                                Integer.toString(rng.between(50, 100)),
                                "",
                                family + "," + c.id(),
                                "0",
                                "demo_reporter"));
                    }
                    if (l.listedIn("csv")) {
                        generic.line(String.join(
                                ",",
                                l.value(),
                                l.type(),
                                Integer.toString(rng.between(40, 90)),
                                family + ";" + l.role(),
                                Times.iso(first),
                                Times.iso(last)));
                    }
                }
            }
            return List.of(urlhaus.summary(), threatfox.summary(), generic.summary());
        }
    }

    private static String[] threatfoxType(Listing l, Rng rng) {
        return switch (l.type()) {
            case "ip" -> new String[] {l.value() + ":" + (rng.percent(50) ? 443 : 8443), "ip:port"};
            case "sha256" -> new String[] {l.value(), "sha256_hash"};
            case "md5" -> new String[] {l.value(), "md5_hash"};
            default -> new String[] {l.value(), l.type()};
        };
    }

    private static String quoted(String... values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        return b.toString();
    }
}
