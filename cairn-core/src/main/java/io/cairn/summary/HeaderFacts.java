package io.cairn.summary;

import io.cairn.reputation.Evidence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of the artifact page's header, where known: of the address (from the attributes of the
 * newest resolution that carries them) and of the registration (from WHOIS).
 *
 * @param asn the autonomous system number, as in {@code AS64601}
 * @param hostingProvider the network's name, as the resolution's {@code as_name} says
 * @param registrant the registrant's organisation, else name, else e-mail
 */
public record HeaderFacts(
        @Nullable String country,
        @Nullable String asn,
        @Nullable String netblock,
        @Nullable String hostingProvider,
        @Nullable String registrar,
        @Nullable String registrant,
        List<Evidence> evidence) {

    public static final HeaderFacts NONE = new HeaderFacts(null, null, null, null, null, null, List.of());

    public HeaderFacts {
        evidence = List.copyOf(evidence);
    }
}
