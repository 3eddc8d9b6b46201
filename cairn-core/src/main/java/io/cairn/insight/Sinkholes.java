package io.cairn.insight;

import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.reputation.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sinkholes: configured addresses that sinkholes answer with and name servers they run. */
final class Sinkholes {
    private Sinkholes() {}

    static Optional<Insight> ofDomain(Context c, List<Observation> resolutions) {
        List<Evidence> evidence = new ArrayList<>();
        if (!resolutions.isEmpty()
                && c.config()
                        .sinkholeAddresses()
                        .contains(resolutions.get(0).object().value())) {
            evidence.add(Context.ref(resolutions.get(0)));
        }
        if (c.registered() != null && !c.config().sinkholeNameServers().isEmpty()) {
            for (Observation o : c.store().observations().list(c.registered(), Dataset.DNS_RECORD, Side.SUBJECT, 50)) {
                if ("NS".equals(o.attributes().get("rrtype"))
                        && c.config().sinkholeNameServers().contains(o.object().value())) {
                    evidence.add(Context.ref(o));
                }
            }
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Insight("sinkhole", "Sinkholed", "Resolves to or is delegated to a configured sinkhole", evidence));
    }

    static Optional<Insight> ofAddress(Context c) {
        if (c.host() == null
                || !c.config().sinkholeAddresses().contains(c.host().value())) {
            return Optional.empty();
        }
        return Optional.of(new Insight(
                "sinkhole",
                "Sinkhole",
                c.host().value() + " is a configured sinkhole address",
                List.of(new Evidence.Fact(
                        "insight.sinkhole.addresses holds " + c.host().value()))));
    }
}
