package io.cairn.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Writes what the world saw of one benign site: DNS history, web telemetry, certificates, WHOIS. */
final class SiteRecords {
    private static final long STREAM = 4;

    private final long seed;
    private final Sites sites;
    private final Telemetry telemetry;
    private final Rdap rdap;
    private final List<Certificate> authorities;
    private final Certificate appliance;

    SiteRecords(
            long seed,
            Sites sites,
            Telemetry telemetry,
            Rdap rdap,
            List<Certificate> authorities,
            Certificate appliance) {
        this.seed = seed;
        this.sites = sites;
        this.telemetry = telemetry;
        this.rdap = rdap;
        this.authorities = authorities;
        this.appliance = appliance;
    }

    void write(Site s) throws IOException {
        Rng rng = Rng.of(seed, STREAM, s.index());
        String name = s.name();
        String domain = "domain:" + name;
        Instant from = s.seenFrom();
        for (Hosting h : s.hosting()) {
            long count = sightings(rng, h.from(), h.to());
            telemetry.cof(name, "A", h.ip(), h.from(), h.to(), count);
            telemetry.network(name, h);
            for (String sub : s.subdomains()) {
                telemetry.cof(sub + "." + name, "A", h.ip(), h.from(), h.to(), 1 + count / 4);
            }
            Provider.Kind kind = h.provider().kind();
            if (kind == Provider.Kind.DEDICATED && rng.percent(30)) {
                telemetry.cof(
                        reverseName(h.ip()),
                        "PTR",
                        "static-" + h.ip().replace('.', '-') + "."
                                + h.provider().domain(),
                        h.from(),
                        h.to(),
                        1 + count / 10);
            }
            if (kind == Provider.Kind.CLOUD || kind == Provider.Kind.DEDICATED) {
                telemetry.observation(
                        "ip:" + h.ip(),
                        "service",
                        "keyword:443/tcp",
                        h.from(),
                        h.to(),
                        1 + count / 10,
                        "status",
                        "open",
                        "banner",
                        s.components().get(0).split("/")[1]);
            }
        }
        long count = sightings(rng, from, Times.END);
        telemetry.cof("www." + name, "CNAME", name, from, Times.END, count);
        telemetry.cof(name, "NS", new String[] {s.dns().nameServer(1), s.dns().nameServer(2)}, from, Times.END, count);
        String mx = s.mail() == null ? "mail." + name : "mx1." + s.mail().domain();
        telemetry.cof(name, "MX", "10 " + mx, from, Times.END, 1 + count / 8);
        if (rng.percent(30)) {
            String spf =
                    "v=spf1 include:_spf." + (s.mail() == null ? name : s.mail().domain()) + " ~all";
            telemetry.cof(name, "TXT", "\"" + spf + "\"", from, Times.END, 1 + count / 8);
        }
        for (String component : s.components()) {
            telemetry.observation(domain, "component", "component:" + component, from, Times.END, 1 + count / 20);
        }
        if (s.analyticsId() != null) {
            telemetry.observation(
                    domain,
                    "tracker",
                    "tracker:GoogleAnalyticsTrackingId:" + s.analyticsId(),
                    from,
                    Times.END,
                    1 + count / 20);
        }
        certificates(s, rng);
        if (rng.percent(50)) {
            Instant at = between(rng, from, Times.END);
            String referrer =
                    "https://" + sites.name(rng.below((int) Math.min(Integer.MAX_VALUE, s.index() + 50))) + "/";
            telemetry
                    .zeek()
                    .http(
                            at,
                            rng,
                            client(rng),
                            s.hostingAt(at).ip(),
                            "www." + name,
                            rng.pick(Words.PATHS),
                            referrer,
                            s.cookies());
        }
        whois(s, rng);
    }

    private void certificates(Site s, Rng rng) throws IOException {
        Certificate ca = authorities.get(rng.below(authorities.size()));
        // Some certificates are automated and live a week; most live ninety days.
        long lifetime = (rng.percent(10) ? 7 : 90) * Times.DAY;
        for (int c = s.certificates(); c > 0; c--) {
            Instant issued = Times.daysBeforeEnd(c * 90L - rng.below(30));
            if (issued.isBefore(s.seenFrom())) {
                continue;
            }
            Certificate leaf = new Certificate(
                    rng.hex(64),
                    rng.serial(32),
                    "CN=" + s.name(),
                    ca.subject(),
                    issued,
                    issued.plusSeconds(lifetime),
                    List.of(s.name(), "www." + s.name()),
                    false);
            Instant seen = issued.plusSeconds(rng.between(1, 80) * Times.DAY);
            telemetry
                    .zeek()
                    .ssl(
                            seen,
                            rng,
                            client(rng),
                            s.hostingAt(seen).ip(),
                            443,
                            "www." + s.name(),
                            leaf.sha256(),
                            ca.sha256());
            telemetry.zeek().x509(seen, leaf);
        }
        Hosting last = s.hosting().get(s.hosting().size() - 1);
        Provider.Kind kind = last.provider().kind();
        if ((kind == Provider.Kind.DEDICATED || kind == Provider.Kind.CLOUD) && rng.percent(4)) {
            Instant seen = between(rng, last.from(), last.to());
            telemetry.zeek().ssl(seen, rng, client(rng), last.ip(), 8443, "-", appliance.sha256(), "");
        }
    }

    private void whois(Site s, Rng rng) throws IOException {
        List<String> ns = List.of(s.dns().nameServer(1), s.dns().nameServer(2));
        String handle = "D" + s.index() + "-DEMO";
        Instant first = Times.later(s.created(), Times.START);
        if (rng.percent(20)) {
            Registrar earlier = rng.pick(Registrar.ALL);
            rdap.write(new Rdap.Record(s.name(), handle, earlier, s.registrant(), ns, s.created(), first, first));
        }
        rdap.write(new Rdap.Record(
                s.name(),
                handle,
                s.registrar(),
                s.registrant(),
                ns,
                s.created(),
                between(rng, first, Times.END),
                Times.END));
    }

    /** The in-addr.arpa name of an IPv4 address, as PTR records are owned. */
    static String reverseName(String ip) {
        String[] o = ip.split("\\.");
        return o[3] + "." + o[2] + "." + o[1] + "." + o[0] + ".in-addr.arpa";
    }

    static long sightings(Rng rng, Instant from, Instant to) {
        long days = Math.max(1, (to.getEpochSecond() - from.getEpochSecond()) / Times.DAY);
        return 1 + days * rng.between(1, 40);
    }

    static Instant between(Rng rng, Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((rng.next() >>> 1) % span);
    }

    static String client(Rng rng) {
        return "10." + rng.below(4) + "." + rng.below(256) + "." + rng.between(2, 254);
    }
}
