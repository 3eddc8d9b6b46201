package io.cairn.reputation;

import io.cairn.store.StoredProfile;
import java.util.List;

/** An intel profile of an actor or tool links the artifact. */
final class ProfileRule extends BaseRule {
    ProfileRule() {
        super("linked-to-profile", "An actor or tool profile links the artifact", Severity.HIGH);
    }

    @Override
    public RuleResult apply(Subject s) {
        List<StoredProfile> profiles = s.store.profiles().forArtifact(s.artifact);
        if (profiles.isEmpty()) {
            return RuleResult.notFired(this, "no actor or tool profile links it");
        }
        List<Evidence> evidence = profiles.stream()
                .map(p -> (Evidence) new Evidence.ProfileRef(p.id(), p.kind(), p.name()))
                .toList();
        return RuleResult.fired(
                this,
                s.config.weights().profile(),
                "linked to " + profiles.stream().map(StoredProfile::name).toList(),
                evidence);
    }
}
