package io.cairn.demo;

/**
 * A hosting provider with its ASN and netblock. Sites draw their addresses from the first {@code
 * pool} addresses of the block: a small pool (CDNs, shared hosting) puts many tenants on one address.
 */
record Provider(String name, String handle, int asn, String country, Kind kind, int base, int prefix, int pool) {
    enum Kind {
        CDN,
        SHARED,
        CLOUD,
        DEDICATED,
        BULLETPROOF
    }

    Provider {
        if (pool < 1 || pool > 1 << (32 - prefix)) {
            throw new IllegalArgumentException(name + ": pool " + pool + " does not fit a /" + prefix);
        }
    }

    String ip(long index) {
        return Providers.dotted(base + (int) Math.floorMod(index, (long) pool));
    }

    String netblock() {
        return Providers.dotted(base) + "/" + prefix;
    }

    /** The domain the provider's own name servers and mail exchangers live under. */
    String domain() {
        return handle + "-dns.net";
    }

    String nameServer(int n) {
        return "ns" + n + "." + domain();
    }

    String orgName() {
        return name + (kind == Kind.CDN ? " CDN Ltd" : " Hosting Ltd");
    }
}
