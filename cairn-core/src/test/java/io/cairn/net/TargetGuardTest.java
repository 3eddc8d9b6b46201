package io.cairn.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGuardTest {

    private static TargetGuard.Resolver pointingAt(String address) {
        return host -> List.of(InetAddress.getByName(address));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://[::1]/",
                "http://10.1.2.3/",
                "http://172.16.0.1/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/",
                "http://[fd00::1]/",
                "http://0.0.0.0/",
                "http://100.64.0.1/",
                "http://224.0.0.1/"
            })
    void shouldRefuseInternalAddressesByDefault(String url) {
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create(url))).isPresent();
    }

    @Test
    void shouldLetPublicAddressesThrough() {
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create("https://feeds.example/x"), pointingAt("93.184.216.34")))
                .isEmpty();
    }

    @Test
    void shouldRefuseAPublicNameThatResolvesInside() {
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create("https://evil.example/"), pointingAt("169.254.169.254")))
                .hasValue("evil.example resolves to 169.254.169.254, a private or link-local address (not allowed)");
    }

    @Test
    void shouldAllowLoopbackOnlyWhenAskedAndStillRefusePrivate() {
        var loopback = new TargetGuard(true, false);
        assertThat(loopback.refusal(URI.create("http://127.0.0.1:8080/taxii2/")))
                .isEmpty();
        assertThat(loopback.refusal(URI.create("http://10.0.0.1/"))).isPresent();
        assertThat(new TargetGuard(false, true).refusal(URI.create("http://10.0.0.1/")))
                .isEmpty();
    }

    @Test
    void shouldRefuseOtherSchemesCredentialsInUrlsAndUnresolvableNames() {
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create("file:///etc/passwd")))
                .hasValue("only http and https URLs are fetched, not 'file'");
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create("https://u:p@feeds.example/"), pointingAt("8.8.8.8")))
                .hasValue("credentials go in the feed's auth settings, not in the URL");
        TargetGuard.Resolver none = host -> {
            throw new UnknownHostException(host);
        };
        assertThat(TargetGuard.PUBLIC_ONLY.refusal(URI.create("https://nowhere.invalid/"), none))
                .hasValue("cannot resolve nowhere.invalid");
    }
}
