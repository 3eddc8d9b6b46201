package io.cairn.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Round trips: canonical forms are fixed points, and defanging or re-spelling never changes an artifact. */
class ArtifactProperties {

    private static Artifact parsed(String input) {
        return Artifacts.parse(input).toOptional().orElseThrow(() -> new AssertionError("not parsed: " + input));
    }

    @Property
    void canonicalFormsAreFixedPoints(@ForAll("detectable") Artifact artifact) {
        assertThat(parsed(artifact.value())).isEqualTo(artifact);
        assertThat(Artifacts.parse(artifact.type(), artifact.value()).toOptional())
                .contains(artifact);
    }

    @Property
    void defangingNeverChangesTheArtifact(@ForAll("detectable") Artifact artifact) {
        assertThat(parsed(Refang.defang(artifact.value()))).isEqualTo(artifact);
        assertThat(parsed("\"" + Refang.defang(artifact.value()) + "\",")).isEqualTo(artifact);
    }

    @Property
    void ipv4AddressesAreTheirDottedQuad(@ForAll("ipv4") String address) {
        assertThat(parsed(address)).isEqualTo(Artifact.of(ArtifactType.IP, address));
    }

    @Property
    void ipv6AddressesFollowRfc5952(@ForAll("ipv6Groups") List<Integer> groups) {
        boolean embedsIpv4 = groups.subList(0, 5).equals(List.of(0, 0, 0, 0, 0)) && groups.get(5) == 0xFFFF
                || groups.subList(0, 6).equals(List.of(0x64, 0xFF9B, 0, 0, 0, 0));
        String expected = embedsIpv4 ? null : Rfc5952.format(groups);
        String full = String.join(
                ":",
                groups.stream().map(g -> String.format(Locale.ROOT, "%04X", g)).toList());

        Artifact fromFull = parsed(full);

        assertThat(fromFull.type()).isEqualTo(ArtifactType.IP);
        if (expected != null) {
            assertThat(fromFull.value()).isEqualTo(expected);
        }
        assertThat(parsed(fromFull.value())).isEqualTo(fromFull);
        assertThat(parsed("[" + fromFull.value() + "]")).isEqualTo(fromFull);
    }

    @Property
    void cidrBlocksAreNormalisedToTheirNetworkAddress(
            @ForAll("ipv4") String address, @ForAll @IntRange(min = 0, max = 32) int prefix) {
        long bits = 0;
        for (String octet : address.split("\\.")) {
            bits = bits << 8 | Integer.parseInt(octet);
        }
        long network = prefix == 0 ? 0 : bits & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        String expected = (network >> 24) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "."
                + (network & 255) + "/" + prefix;

        Artifact cidr = parsed(address + "/" + prefix);

        assertThat(cidr).isEqualTo(Artifact.of(ArtifactType.CIDR, expected));
        assertThat(parsed(cidr.value())).isEqualTo(cidr);
    }

    @Property
    void domainsIgnoreCaseAndATrailingDot(@ForAll("domain") String domain, @ForAll boolean upper) {
        String spelled = (upper ? domain.toUpperCase(Locale.ROOT) : domain) + ".";

        assertThat(parsed(spelled).value()).isEqualTo(domain);
    }

    @Property
    void urlsIgnoreCaseOfSchemeAndHostDefaultPortsFragmentsAndDotSegments(
            @ForAll("domain") String host, @ForAll("segment") String a, @ForAll("segment") String b) {
        String canonical = "https://" + host + "/" + a + "/" + b;
        String respelled = "HTTPS://" + host.toUpperCase(Locale.ROOT) + ":443/" + a + "/./x/../" + b + "#fragment";

        assertThat(parsed(respelled)).isEqualTo(Artifact.of(ArtifactType.URL, canonical));
    }

    @Property
    void percentEncodingUnreservedCharactersChangesNothing(
            @ForAll("domain") String host, @ForAll("segment") String segment) {
        StringBuilder encoded = new StringBuilder();
        for (char c : segment.toCharArray()) {
            encoded.append(c % 2 == 0 ? String.format(Locale.ROOT, "%%%02x", (int) c) : String.valueOf(c));
        }

        assertThat(parsed("http://" + host + "/" + encoded).value()).isEqualTo("http://" + host + "/" + segment);
    }

    @Property
    void hashesAreLowerCaseHexOfTheirKindsLength(@ForAll("hash") String hash) {
        Artifact artifact = parsed(hash.toUpperCase(Locale.ROOT));

        assertThat(artifact.value()).isEqualTo(hash);
        assertThat(artifact.type()).isEqualTo(Identifiers.HASH_BY_LENGTH.get(hash.length()));
    }

    @Property
    void emailsKeepTheirLocalPartAndLowerTheirDomain(@ForAll("exoticEmail") String email) {
        int at = email.lastIndexOf('@');
        String shouted = email.substring(0, at) + email.substring(at).toUpperCase(Locale.ROOT);

        assertThat(parsed(shouted).value()).isEqualTo(email);
    }

    @Property
    void asNumbersReadTheSameHoweverWritten(@ForAll @LongRange(min = 0, max = 4_294_967_295L) long number) {
        Artifact expected = Artifact.of(ArtifactType.ASN, "AS" + number);

        assertThat(parsed("AS" + number)).isEqualTo(expected);
        assertThat(parsed("asn " + number)).isEqualTo(expected);
        assertThat(Artifacts.parse(ArtifactType.ASN, Long.toString(number)).toOptional())
                .contains(expected);
    }

    @Provide
    Arbitrary<Artifact> detectable() {
        return Generators.detectableArtifact();
    }

    @Provide
    Arbitrary<String> ipv4() {
        return Generators.ipv4();
    }

    @Provide
    Arbitrary<List<Integer>> ipv6Groups() {
        return Generators.ipv6Groups();
    }

    @Provide
    Arbitrary<String> domain() {
        return Generators.domain();
    }

    @Provide
    Arbitrary<String> segment() {
        return Generators.pathSegment();
    }

    @Provide
    Arbitrary<String> hash() {
        return Generators.hash();
    }

    @Provide
    Arbitrary<String> exoticEmail() {
        return Generators.exoticEmail();
    }
}
