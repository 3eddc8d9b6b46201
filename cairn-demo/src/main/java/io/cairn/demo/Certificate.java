package io.cairn.demo;

import java.time.Instant;
import java.util.List;

/** A certificate as x509.log describes it, found by its SHA-256 fingerprint as ssl.log names it. */
record Certificate(
        String sha256,
        String serial,
        String subject,
        String issuer,
        Instant notBefore,
        Instant notAfter,
        List<String> names,
        boolean authority) {

    /** The issuing certificate authorities of the world's ordinary certificates. */
    static List<Certificate> authorities(long seed) {
        Rng rng = Rng.of(seed, 50, 0);
        Instant from = Times.START.minusSeconds(400 * Times.DAY);
        Instant to = Times.END.plusSeconds(1000 * Times.DAY);
        return List.of(
                new Certificate(
                        rng.hex(64),
                        rng.serial(32),
                        "CN=Quickcert R3,O=Quickcert,C=US",
                        "CN=Quickcert Root X1,O=Quickcert,C=US",
                        from,
                        to,
                        List.of(),
                        true),
                new Certificate(
                        rng.hex(64),
                        rng.serial(32),
                        "CN=Trustwell TLS CA 2024,O=Trustwell,C=GB",
                        "CN=Trustwell Root,O=Trustwell,C=GB",
                        from,
                        to,
                        List.of(),
                        true));
    }

    /**
     * The self-signed certificate an appliance ships with and many owners never replace: one
     * certificate on many addresses, the kind of hub a pivot must not expand blindly.
     */
    static Certificate appliance(long seed) {
        Rng rng = Rng.of(seed, 51, 0);
        String subject = "CN=admin-panel,O=Default Company Ltd,C=XX";
        Instant from = Times.START.minusSeconds(1000 * Times.DAY);
        return new Certificate(
                rng.hex(64),
                rng.serial(16),
                subject,
                subject,
                from,
                from.plusSeconds(3650 * Times.DAY),
                List.of(),
                false);
    }

    boolean selfSigned() {
        return subject.equals(issuer);
    }
}
