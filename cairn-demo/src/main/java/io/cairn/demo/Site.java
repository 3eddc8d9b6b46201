package io.cairn.demo;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A benign registered domain and everything the world knows about it. Rebuilt from (seed, index)
 * whenever it is needed, never stored.
 */
record Site(
        long index,
        String name,
        Instant created,
        Registrar registrar,
        Registrant registrant,
        Provider dns,
        @Nullable Provider mail,
        List<Hosting> hosting,
        List<String> subdomains,
        @Nullable String analyticsId,
        List<String> components,
        List<String> cookies,
        int certificates) {

    /** Who registered a domain; {@code redacted} when a privacy service hides them. */
    record Registrant(String name, String org, String email, String phone, String country, boolean redacted) {}

    /** Where the site was hosted at {@code t}, or its first hosting when {@code t} is before it. */
    Hosting hostingAt(Instant t) {
        for (Hosting h : hosting) {
            if (!t.isAfter(h.to())) {
                return h;
            }
        }
        return hosting.get(hosting.size() - 1);
    }

    Instant seenFrom() {
        return hosting.get(0).from();
    }
}
