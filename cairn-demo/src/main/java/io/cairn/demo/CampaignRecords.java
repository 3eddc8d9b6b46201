package io.cairn.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Writes the telemetry a campaign domain left, in the same files and shapes as the benign world's,
 * so that nothing but its connections sets it apart.
 */
final class CampaignRecords {
    private static final long STREAM = 200;

    private final long seed;
    private final Telemetry telemetry;
    private final Rdap rdap;

    CampaignRecords(long seed, Telemetry telemetry, Rdap rdap) {
        this.seed = seed;
        this.telemetry = telemetry;
        this.rdap = rdap;
    }

    /** The certificate is written once per campaign, before any of its domains. */
    void certificate(Campaign c) throws IOException {
        telemetry.zeek().x509(c.certificate().notBefore().plusSeconds(3600), c.certificate());
    }

    void write(Campaign c, int domainIndex) throws IOException {
        Campaign.Domain d = c.domains().get(domainIndex);
        Rng rng = Rng.of(seed, STREAM, c.index() * 1000L + domainIndex);
        String name = d.name();
        Instant from = d.hosting().get(0).from();
        Instant to = d.hosting().get(d.hosting().size() - 1).to();
        for (Hosting h : d.hosting()) {
            telemetry.cof(name, "A", h.ip(), h.from(), h.to(), SiteRecords.sightings(rng, h.from(), h.to()));
            telemetry.network(name, h);
        }
        if (d.role().equals("dns")) {
            for (String ns : c.nameServers()) {
                Hosting h = d.hosting().get(0);
                telemetry.cof(ns, "A", h.ip(), from, to, SiteRecords.sightings(rng, from, to));
            }
        }
        telemetry.cof(
                name, "NS", c.nameServers().toArray(String[]::new), from, to, SiteRecords.sightings(rng, from, to));
        if (d.role().equals("phishing") || d.role().equals("lure")) {
            telemetry.cof("www." + name, "CNAME", name, from, to, 1 + rng.below(50));
            telemetry.observation(
                    "domain:" + name, "component", "component:Server/nginx/1.14.2", from, to, 1 + rng.below(9));
        }
        if (c.analyticsId() != null && !d.role().equals("dns")) {
            telemetry.observation(
                    "domain:" + name,
                    "tracker",
                    "tracker:GoogleAnalyticsTrackingId:" + c.analyticsId(),
                    from,
                    to,
                    1 + rng.below(9));
        }
        for (Hosting h : d.hosting()) {
            if (h.provider().kind() == Provider.Kind.BULLETPROOF) {
                telemetry.observation(
                        "ip:" + h.ip(),
                        "service",
                        "keyword:8443/tcp",
                        h.from(),
                        h.to(),
                        1 + rng.below(5),
                        "status",
                        "open",
                        "banner",
                        "nginx");
            }
        }
        Certificate cert = c.certificate();
        if (cert.names().contains(name) || !d.role().equals("dns")) {
            Instant seen = SiteRecords.between(rng, from, to);
            telemetry
                    .zeek()
                    .ssl(seen, rng, SiteRecords.client(rng), hostAt(d, seen).ip(), 443, name, cert.sha256(), "");
        }
        if (d.role().equals("phishing")) {
            String lure = c.domains().stream()
                    .filter(x -> x.role().equals("lure"))
                    .map(Campaign.Domain::name)
                    .findFirst()
                    .orElse(c.target().domain());
            Instant at = SiteRecords.between(rng, from, to);
            telemetry
                    .zeek()
                    .http(
                            at,
                            rng,
                            SiteRecords.client(rng),
                            hostAt(d, at).ip(),
                            name,
                            "/login.php",
                            "http://" + lure + "/track?id=" + rng.hex(8),
                            List.of("session", "_ga"));
            // The crawler saw the kit's own session cookie, and the lure redirecting here: both pivots.
            telemetry.observation(
                    "domain:" + name, "cookie", "cookie:" + kitCookie(c) + "@" + name, from, to, 1 + rng.below(20));
            if (!lure.equals(c.target().domain())) {
                telemetry.observation(
                        "domain:" + lure,
                        "host-pair",
                        "domain:" + name,
                        at,
                        to,
                        1 + rng.below(20),
                        "cause",
                        "redirect");
            }
        }
        Site.Registrant registrant = c.redacted()
                ? new Site.Registrant(
                        "REDACTED FOR PRIVACY",
                        "Privacyguard Proxy Service",
                        rng.hex(12) + "@privacyguard-proxy.com",
                        "REDACTED",
                        "IS",
                        true)
                : new Site.Registrant(
                        "Private Person",
                        c.name().split(" ")[1] + " Holdings",
                        c.email(),
                        "+1." + rng.digits(10),
                        rng.pick(Words.COUNTRIES),
                        false);
        rdap.write(new Rdap.Record(
                name,
                "D" + (900_000_000L + c.index() * 1000L + domainIndex) + "-DEMO",
                c.registrar(),
                registrant,
                c.nameServers(),
                d.registered(),
                d.registered(),
                to));
    }

    /** The session cookie a campaign's kit sets, the same on every one of its hosts. */
    static String kitCookie(Campaign c) {
        return c.malware().toLowerCase(java.util.Locale.ROOT) + "_sid";
    }

    private static Hosting hostAt(Campaign.Domain d, Instant t) {
        for (Hosting h : d.hosting()) {
            if (!t.isAfter(h.to())) {
                return h;
            }
        }
        return d.hosting().get(d.hosting().size() - 1);
    }
}
