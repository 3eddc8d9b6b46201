package io.cairn.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sample logs of the last fourteen days for detections to run over: a firewall's CEF, a proxy's
 * RFC 5424 syslog and a resolver's BIND query log. Mostly benign traffic, with campaign
 * infrastructure in about one line in fifty.
 */
final class Logs {
    private static final DateTimeFormatter BIND =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long WINDOW = 14 * Times.DAY;

    private record Host(String name, String ip) {}

    private Logs() {}

    static List<FileSummary> write(
            Path root, long seed, long lines, Sites sites, long siteCount, List<Campaign> campaigns)
            throws IOException {
        List<Host> bad = new ArrayList<>();
        for (Campaign c : campaigns) {
            for (Campaign.Domain d : c.domains()) {
                bad.add(new Host(
                        d.name(), d.hosting().get(d.hosting().size() - 1).ip()));
            }
        }
        Rng rng = Rng.of(seed, 600, 0);
        Instant start = Times.END.minusSeconds(WINDOW);
        try (OutFile cef = OutFile.text(root, "logs/firewall.cef.log", "cef", FileSummary.Purpose.LOG);
                OutFile syslog = OutFile.text(root, "logs/proxy.syslog.log", "syslog", FileSummary.Purpose.LOG);
                OutFile dns = OutFile.text(root, "logs/dns-queries.log", "dns-log", FileSummary.Purpose.LOG)) {
            for (long i = 0; i < lines; i++) {
                Instant at = start.plusMillis(i * WINDOW * 1000 / lines + rng.below(1000));
                String client = SiteRecords.client(rng);
                Host host = host(rng, sites, siteCount, bad);
                String fqdn = host.name().startsWith("www.") || rng.percent(50) ? host.name() : "www." + host.name();
                cef.line("CEF:0|Cairn Demo|Edge Firewall|4.2|100|Connection allowed|3|rt=" + at.toEpochMilli()
                        + " src=" + client + " spt=" + rng.between(32768, 60999) + " dst=" + host.ip()
                        + " dpt=443 proto=TCP dhost=" + fqdn + " act=allow");
                syslog.line("<134>1 " + Times.iso(at) + " proxy01 squid " + rng.between(1000, 9999) + " - - " + client
                        + " TCP_TUNNEL/200 " + rng.between(300, 90000) + " CONNECT " + fqdn + ":443 - HIER_DIRECT/"
                        + host.ip() + " -");
                dns.line(BIND.format(at) + " queries: info: client @0x7f3a" + rng.hex(8) + " " + client + "#"
                        + rng.between(1024, 65535) + " (" + fqdn + "): query: " + fqdn + " IN A + (10.0.0.53)");
            }
            return List.of(cef.summary(), syslog.summary(), dns.summary());
        }
    }

    private static Host host(Rng rng, Sites sites, long siteCount, List<Host> bad) {
        if (rng.percent(2)) {
            return bad.get(rng.below(bad.size()));
        }
        Site s = sites.site(Math.floorMod(rng.next(), Math.max(1, siteCount)));
        return new Host(s.name(), s.hosting().get(s.hosting().size() - 1).ip());
    }
}
