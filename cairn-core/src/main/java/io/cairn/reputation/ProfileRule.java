package io.cairn.reputation;

import io.cairn.store.StoredProfile;
import java.util.ArrayList;
import java.util.List;

/** An intel profile of an actor or tool links the artifact. */
final class ProfileRule extends BaseRule {
    /** Articles shown as evidence, newest published first. */
    static final int ARTICLES = 5;

    ProfileRule() {
        super("linked-to-profile", "An actor or tool profile links the artifact", Severity.HIGH);
    }

    @Override
    public RuleResult apply(Subject s) {
        List<StoredProfile> profiles = s.store.profiles().forArtifact(s.artifact);
        if (profiles.isEmpty()) {
            return RuleResult.notFired(this, "no actor or tool profile links it");
        }
        List<Evidence> evidence = new ArrayList<>();
        profiles.forEach(p -> evidence.add(new Evidence.ProfileRef(p.id(), p.kind(), p.name())));
        // The articles that mention it are how most profiles come to be linked; show the newest.
        s.store.articles().forArtifact(s.artifact).stream()
                .limit(ARTICLES)
                .forEach(a ->
                        evidence.add(new Evidence.ArticleRef(a.id(), a.article().title())));
        return RuleResult.fired(
                this,
                s.config.weights().profile(),
                "linked to " + profiles.stream().map(StoredProfile::name).toList(),
                evidence);
    }
}
