package io.cairn.indicator;

import java.util.Objects;

/** A STIX kill-chain phase, e.g. {@code mitre-attack} / {@code command-and-control}. */
public record KillChainPhase(String killChainName, String phaseName) {

    public KillChainPhase {
        Objects.requireNonNull(killChainName, "killChainName");
        Objects.requireNonNull(phaseName, "phaseName");
        if (killChainName.isBlank() || phaseName.isBlank()) {
            throw new IllegalArgumentException("kill chain and phase names must not be blank");
        }
    }
}
