package io.cairn.bench;

import java.util.Locale;

/**
 * The size of a latency-benchmark world: how many observations and indicators, from which seed. The
 * pools the generator draws from (domains, addresses, hubs) scale with the observation count, so a
 * small world has the same shape as a big one.
 */
record WorldShape(long observations, long indicators, long seed) {

    /** Observations a domain brings on average; the domain list is sized so it never runs out. */
    static final int OBSERVATIONS_PER_DOMAIN = 8;

    WorldShape {
        if (observations < 1 || observations > 1_000_000_000L) {
            throw new IllegalArgumentException("--observations must be between 1 and 10^9, not " + observations);
        }
        if (indicators < 0 || indicators > 100_000_000L) {
            throw new IllegalArgumentException("--indicators must be between 0 and 10^8, not " + indicators);
        }
    }

    /** Registered domains to draw from: more than the observations need, so the stream ends on the count. */
    int domains() {
        return (int) Math.max(16, observations / OBSERVATIONS_PER_DOMAIN + 1);
    }

    /** Shared-hosting addresses, each with many tenants (a few with tens of thousands). */
    int sharedHosts() {
        return Math.max(8, domains() / 2000);
    }

    /** Hosting providers, each with two name servers. */
    int providers() {
        return Math.max(4, domains() / 500);
    }

    /** Addresses of single tenants (a few share one by chance). */
    long dedicatedAddresses() {
        return Math.max(16, domains() * 3L / 2);
    }

    /** Articles mentioning artifacts of the world. */
    long articles() {
        return Math.max(1, indicators / 200);
    }

    /** Directory name under the cache root: the parameters, so a different world never reuses a store. */
    String key() {
        return String.format(Locale.ROOT, "obs-%d_ind-%d_seed-%d_v1", observations, indicators, seed);
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "%,d observations, %,d indicators, %,d articles, seed %d (%,d registered domains to draw from)",
                observations,
                indicators,
                articles(),
                seed,
                domains());
    }
}
