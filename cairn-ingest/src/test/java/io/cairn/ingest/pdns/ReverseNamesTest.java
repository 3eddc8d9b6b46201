package io.cairn.ingest.pdns;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.ParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReverseNamesTest {

    @ParameterizedTest
    @CsvSource({
        "4.3.2.1.in-addr.arpa, 1.2.3.4",
        "4.3.2.1.IN-ADDR.ARPA., 1.2.3.4",
        "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa, 4321:0:1:2:3:4:567:89ab",
    })
    void shouldDecodeTheAddressAFullReverseNameStandsFor(String name, String address) {
        assertThat(ReverseNames.isReverse(name)).isTrue();
        assertThat(ReverseNames.address(name).toOptional()).contains(Artifact.of(ArtifactType.IP, address));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2.1.in-addr.arpa | a reverse name for one IPv4 address has four labels",
                "0/25.2.0.192.in-addr.arpa | reverse label '0/25' is not a decimal octet",
                "x.3.2.1.in-addr.arpa | reverse label 'x' is not a decimal octet",
                "4.3.2.300.in-addr.arpa | IPv4 octet out of range (0-255)",
                "1.0.ip6.arpa | a reverse name for one IPv6 address has 32 nibble labels",
                "example.com | not under in-addr.arpa or ip6.arpa",
            })
    void shouldSayWhyANameStandsForNoSingleAddress(String name, String reason) {
        assertThat(ReverseNames.address(name)).isInstanceOfSatisfying(ParseResult.NotAnArtifact.class, n -> {
            assertThat(n.input()).isEqualTo(name);
            assertThat(n.reason()).isEqualTo(reason);
        });
    }
}
