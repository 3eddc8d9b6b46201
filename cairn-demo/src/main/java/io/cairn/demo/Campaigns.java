package io.cairn.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the campaigns of a seed. They are few and small, so they are held whole. */
final class Campaigns {
    private static final long STREAM = 100;
    private static final String[] LURE = {
        "%s-login",
        "secure-%s",
        "%s-verify",
        "%s-account",
        "%s-support",
        "my-%s",
        "%s-auth",
        "%s-billing",
        "%s-update",
        "%s-online",
        "%s-help",
        "%s-security",
        "signin-%s",
        "%s-customer"
    };
    private static final String[] TECH = {
        "cdn",
        "sync",
        "update",
        "api",
        "cloud",
        "telemetry",
        "metrics",
        "static",
        "edge",
        "check",
        "stats",
        "service",
        "gate",
        "node",
        "relay",
        "data"
    };
    private static final String[] CHEAP_TLDS = {"top", "xyz", "online", "info", "shop", "site", "store", "app"};
    private static final String[] PHISH_PATHS = {"/login.php", "/verify/account", "/auth/session", "/secure/update"};
    private static final String[] PAYLOADS = {"/invoice.zip", "/doc/scan.iso", "/files/update.exe", "/dl/setup.msi"};

    private Campaigns() {}

    static List<Campaign> of(long seed) {
        List<Campaign> campaigns = new ArrayList<>(Actor.ALL.size());
        Set<String> taken = new java.util.HashSet<>();
        for (int i = 0; i < Actor.ALL.size(); i++) {
            campaigns.add(build(i, Actor.ALL.get(i), Rng.of(seed, STREAM, i), taken));
        }
        return List.copyOf(campaigns);
    }

    private static Campaign build(int index, Actor actor, Rng rng, Set<String> taken) {
        Brand brand = Brand.ALL.get(actor.brand());
        Instant start = Times.daysBeforeEnd(rng.between(200, 600));
        Registrar registrar = rng.percent(70) ? Registrar.LAX : rng.pick(Registrar.ALL);
        String handle = actor.name().split(" ")[1].toLowerCase(Locale.ROOT);
        String email = handle + "." + rng.digits(3) + "@" + Brand.ALL.get(5).domain();
        List<Campaign.Address> addresses = addresses(actor, rng);
        List<String> names = new ArrayList<>(names(actor, brand, rng, taken));
        List<String> nameServers;
        if (actor.ownNameServers()) {
            String nsDomain = "dns-" + handle + "-" + rng.pick(TECH) + "." + rng.pick(CHEAP_TLDS);
            names.add(nsDomain);
            nameServers = List.of("ns1." + nsDomain, "ns2." + nsDomain);
        } else {
            Provider p = addresses.get(0).provider();
            nameServers = List.of(p.nameServer(1), p.nameServer(2));
        }
        List<Campaign.Domain> domains = new ArrayList<>(names.size());
        List<String> urls = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            String name = names.get(d);
            String role = d == names.size() - 1 && actor.ownNameServers()
                    ? "dns"
                    : actor.phishing() ? (d % 4 == 3 ? "lure" : "phishing") : (d % 3 == 2 ? "payload" : "c2");
            domains.add(new Campaign.Domain(
                    name, role, start.plusSeconds(d * 5 * Times.DAY), hosting(rng, start, d, addresses)));
            switch (role) {
                case "phishing" -> urls.add("https://" + name + rng.pick(PHISH_PATHS));
                case "payload" -> urls.add("http://" + name + rng.pick(PAYLOADS));
                default -> {}
            }
        }
        List<Campaign.Sample> samples = new ArrayList<>();
        for (int s = rng.between(2, 5); s > 0; s--) {
            Campaign.Domain c2 = domains.get(rng.below(Math.min(3, domains.size())));
            samples.add(new Campaign.Sample(
                    rng.hex(64),
                    rng.hex(32),
                    actor.malware().toLowerCase(Locale.ROOT) + "_" + rng.hex(6) + ".bin",
                    c2.name()));
        }
        return new Campaign(
                index,
                actor.name(),
                actor.aliases(),
                actor.malware(),
                actor.summary(),
                brand,
                registrar,
                email,
                actor.redacted(),
                nameServers,
                actor.tracker() ? "UA-" + rng.digits(8) + "-1" : null,
                certificate(actor, names, start, rng),
                List.copyOf(domains),
                addresses,
                List.copyOf(urls),
                List.copyOf(samples),
                start);
    }

    private static Set<String> names(Actor actor, Brand brand, Rng rng, Set<String> taken) {
        Set<String> names = new LinkedHashSet<>();
        int wanted = rng.between(8, 12);
        while (names.size() < wanted) {
            String label = actor.phishing()
                    ? String.format(
                            rng.pick(LURE), rng.percent(25) ? brand.word().replace('o', '0') : brand.word())
                    : rng.pick(TECH) + "-" + rng.pick(TECH) + (rng.percent(30) ? rng.between(1, 9) : "");
            String name = label + "." + rng.pick(CHEAP_TLDS);
            if (taken.add(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<Campaign.Address> addresses(Actor actor, Rng rng) {
        List<Campaign.Address> addresses = new ArrayList<>();
        for (int i = rng.between(2, 3); i > 0; i--) {
            Provider p = Providers.ALL.get(10 + rng.below(2));
            addresses.add(new Campaign.Address(p.ip(rng.next()), p));
        }
        for (int i = actor.phishing() ? 2 : 1; i > 0; i--) {
            addresses.add(new Campaign.Address(Providers.CROWDED.ip(rng.next()), Providers.CROWDED));
        }
        Provider cloud = Providers.ALL.get(5 + rng.below(3));
        addresses.add(new Campaign.Address(cloud.ip(rng.next()), cloud));
        return List.copyOf(addresses);
    }

    /** Two or three stays, each on one of the campaign's addresses, within the campaign's time. */
    private static List<Hosting> hosting(Rng rng, Instant start, int d, List<Campaign.Address> addresses) {
        Instant from = start.plusSeconds((d * 5L + 1) * Times.DAY);
        List<Hosting> hosting = new ArrayList<>(3);
        for (int i = rng.between(2, 3); i > 0 && from.isBefore(Times.END); i--) {
            Instant to = from.plusSeconds(rng.between(10, 60) * Times.DAY);
            to = to.isAfter(Times.END) ? Times.END : to;
            Campaign.Address a = addresses.get(rng.below(addresses.size()));
            hosting.add(new Hosting(a.provider(), a.ip(), from, to));
            from = to;
        }
        return List.copyOf(hosting);
    }

    private static Certificate certificate(Actor actor, List<String> names, Instant start, Rng rng) {
        List<String> sans = names.subList(0, Math.min(5, names.size()));
        String subject = "CN=" + names.get(0) + (actor.selfSigned() ? ",O=Internet Widgits Pty Ltd,C=AU" : "");
        String issuer = actor.selfSigned() ? subject : "CN=Quickcert R3,O=Quickcert,C=US";
        Instant notBefore = start.plusSeconds(Times.DAY);
        Instant notAfter = notBefore.plusSeconds((actor.selfSigned() ? 730 : 90) * Times.DAY);
        return new Certificate(
                rng.hex(64), rng.serial(32), subject, issuer, notBefore, notAfter, List.copyOf(sans), false);
    }
}
