package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.store.AllowMatch;
import io.cairn.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Scores artifacts from what the store knows, with every rule explained. */
public final class ReputationService {
    private static final List<Rule> RULES = List.of(
            new ListedRule(),
            new ProfileRule(),
            new DetonationRule(),
            new NeighbourRule(),
            new RegistrationRule(),
            new SelfSignedRule(),
            new FreshCertificateRule(),
            new AbuseTldRule(),
            new AbuseHostingRule(),
            new DgaRule(),
            new LookalikeRule());

    private final Store store;
    private final ReputationConfig config;
    private final Clock clock;

    public ReputationService(Store store, ReputationConfig config, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ReputationConfig config() {
        return config;
    }

    public Reputation assess(Artifact artifact) {
        Subject subject = new Subject(artifact, clock.instant(), store, config);
        List<RuleResult> results = new ArrayList<>(RULES.size());
        for (Rule rule : RULES) {
            results.add(rule.apply(subject));
        }
        results.sort(Comparator.comparing((RuleResult r) -> !r.fired())
                .thenComparing(RuleResult::severity)
                .thenComparing(r -> -r.points()));
        int combined = Reputation.combine(results.stream()
                .filter(RuleResult::fired)
                .map(RuleResult::points)
                .toList());
        List<Evidence.AllowListRef> allowedBy = new ArrayList<>();
        for (AllowMatch m : store.allowList().matches(artifact)) {
            allowedBy.add(new Evidence.AllowListRef(
                    m.list(), m.description(), m.kind().id(), m.entry()));
        }
        Integer cap = allowedBy.isEmpty() ? null : config.allowListCap();
        int score = cap == null ? combined : Math.min(combined, cap);
        return new Reputation(artifact, score, Band.of(score), combined, cap, allowedBy, results);
    }
}
