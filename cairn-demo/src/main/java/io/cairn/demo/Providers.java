package io.cairn.demo;

import java.util.List;

/** The world's hosting providers. Fictional names; address blocks chosen from public unicast space. */
final class Providers {
    static final List<Provider> ALL = List.of(
            provider("Brightedge", "brightedge", 64601, "US", Provider.Kind.CDN, "104.18.0.0", 16, 48),
            provider("Velocache", "velocache", 64602, "NL", Provider.Kind.CDN, "151.101.0.0", 16, 32),
            provider("Hivehost", "hivehost", 64610, "DE", Provider.Kind.SHARED, "85.13.128.0", 18, 24),
            provider("Pennyweb", "pennyweb", 64611, "US", Provider.Kind.SHARED, "192.185.0.0", 16, 16),
            provider("Lotus Shared", "lotusshared", 64612, "FR", Provider.Kind.SHARED, "213.186.32.0", 19, 20),
            provider("Stratocloud", "stratocloud", 64620, "US", Provider.Kind.CLOUD, "34.64.0.0", 10, 60000),
            provider("Nimbusfield", "nimbusfield", 64621, "DE", Provider.Kind.CLOUD, "49.12.0.0", 14, 40000),
            provider("Kestrel Compute", "kestrelcompute", 64622, "GB", Provider.Kind.CLOUD, "143.110.0.0", 16, 30000),
            provider("Tundra Servers", "tundraservers", 64630, "SE", Provider.Kind.DEDICATED, "46.246.0.0", 17, 8000),
            provider("Marlin Datacenter", "marlindc", 64631, "NL", Provider.Kind.DEDICATED, "185.107.56.0", 22, 900),
            provider("Sable Networks", "sablenet", 64640, "MD", Provider.Kind.BULLETPROOF, "176.123.0.0", 19, 4000),
            provider("Drift Hosting", "drifthost", 64641, "SC", Provider.Kind.BULLETPROOF, "194.87.0.0", 16, 2000));

    /** The shared-hosting provider some campaigns hide in, among its many tenants. */
    static final Provider CROWDED = ALL.get(3);

    private Providers() {}

    private static Provider provider(
            String name,
            String handle,
            int asn,
            String country,
            Provider.Kind kind,
            String base,
            int prefix,
            int pool) {
        return new Provider(name, handle, asn, country, kind, parse(base), prefix, pool);
    }

    /** A provider for a benign site: mostly cloud and shared hosting, some CDN, rarely bulletproof. */
    static Provider forSite(Rng rng) {
        int roll = rng.below(100);
        if (roll < 15) {
            return ALL.get(rng.below(2));
        }
        if (roll < 45) {
            return ALL.get(2 + rng.below(3));
        }
        if (roll < 85) {
            return ALL.get(5 + rng.below(3));
        }
        if (roll < 98) {
            return ALL.get(8 + rng.below(2));
        }
        return ALL.get(10 + rng.below(2));
    }

    /** DNS operators: the providers that are not bulletproof. */
    static Provider dnsFor(Rng rng) {
        return ALL.get(rng.below(10));
    }

    static String dotted(int ip) {
        return (ip >>> 24) + "." + ((ip >>> 16) & 255) + "." + ((ip >>> 8) & 255) + "." + (ip & 255);
    }

    private static int parse(String dotted) {
        String[] parts = dotted.split("\\.");
        int ip = 0;
        for (String part : parts) {
            ip = ip << 8 | Integer.parseInt(part);
        }
        return ip;
    }
}
