package io.cairn.artifact;

import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What can be derived from an artifact without asking the network. For URLs, e-mail addresses and
 * cookies these are the facts of their host or domain.
 *
 * @param registeredDomain the name one level below its public suffix (the public suffix list's
 *     private section counts, so {@code evil.github.io} is its own registered domain)
 * @param publicSuffix the longest matching public suffix list entry, such as {@code co.uk}
 * @param tld the last label, in A-label form
 * @param idn whether any label is internationalised
 * @param unicodeHost the Unicode form of an internationalised host, else null
 * @param ipVersion 4 or 6 for addresses and blocks, else null
 * @param mappedIpv4 the IPv4 address inside an IPv4-mapped or NAT64 IPv6 address, else null
 */
public record ArtifactFacts(
        @Nullable String registeredDomain,
        @Nullable String publicSuffix,
        @Nullable String tld,
        boolean idn,
        @Nullable String unicodeHost,
        Set<Classification> classifications,
        @Nullable Integer ipVersion,
        @Nullable String mappedIpv4) {

    public ArtifactFacts {
        classifications = Sets.immutableEnumSet(Objects.requireNonNull(classifications, "classifications"));
        if (ipVersion != null && ipVersion != 4 && ipVersion != 6) {
            throw new IllegalArgumentException("IP version must be 4 or 6: " + ipVersion);
        }
    }

    /** Facts of an artifact that has no host: hashes, CVEs, keywords. */
    static ArtifactFacts none() {
        return new ArtifactFacts(null, null, null, false, null, Set.of(), null, null);
    }
}
