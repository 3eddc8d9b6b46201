package io.cairn.demo;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One actor's campaign and the fingerprints it leaves: a registrant, name servers, a tracker, a
 * certificate, addresses it rotates through, and malware with its command-and-control domains.
 */
record Campaign(
        int index,
        String name,
        List<String> aliases,
        String malware,
        String summary,
        Brand target,
        Registrar registrar,
        String email,
        boolean redacted,
        List<String> nameServers,
        @Nullable String analyticsId,
        Certificate certificate,
        List<Domain> domains,
        List<Address> addresses,
        List<String> urls,
        List<Sample> samples,
        Instant start) {

    /** A campaign domain; {@code role} is lure, phishing, c2 or payload. */
    record Domain(String name, String role, Instant registered, List<Hosting> hosting) {}

    /** An address the campaign used, on a provider that may host many innocent tenants. */
    record Address(String ip, Provider provider) {}

    /** A malware sample and the domain it calls home to. */
    record Sample(String sha256, String md5, String fileName, String c2) {}

    String id() {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
