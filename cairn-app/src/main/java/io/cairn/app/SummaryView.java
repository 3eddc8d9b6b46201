package io.cairn.app;

import io.cairn.insight.Insight;
import io.cairn.reputation.Decay;
import io.cairn.reputation.Evidence;
import io.cairn.reputation.RuleResult;
import io.cairn.store.DatasetCount;
import io.cairn.summary.ArtifactSummary;
import io.cairn.summary.HeaderFacts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The summary as JSON for {@code --json}: times as RFC 3339 text, evidence tagged by kind. */
final class SummaryView {
    private SummaryView() {}

    static Map<String, Object> of(ArtifactSummary s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", s.type());
        view.put("canonical", s.artifact().value());
        view.put("display", s.artifact().display());
        view.put("first_seen", text(s.firstSeen()));
        view.put("last_seen", text(s.lastSeen()));
        view.put("header", header(s.header()));
        Map<String, Object> reputation = new LinkedHashMap<>();
        reputation.put("score", s.reputation().score());
        reputation.put("class", s.reputation().band().label());
        reputation.put("combined", s.reputation().combined());
        reputation.put("cap", s.reputation().cap());
        reputation.put(
                "allowed_by",
                s.reputation().allowedBy().stream().map(SummaryView::evidence).toList());
        reputation.put(
                "rules", s.reputation().rules().stream().map(SummaryView::rule).toList());
        view.put("reputation", reputation);
        view.put("insights", s.insights().stream().map(SummaryView::insight).toList());
        view.put(
                "profiles",
                s.profiles().stream()
                        .map(p -> Map.of("id", p.id(), "kind", p.kind().id(), "name", p.name(), "aliases", p.aliases()))
                        .toList());
        view.put(
                "articles",
                s.articles().stream()
                        .map(a -> {
                            Map<String, Object> article = new LinkedHashMap<>();
                            article.put("id", a.id());
                            article.put("source", a.source());
                            article.put("title", a.title());
                            article.put("published", text(a.publishedAt()));
                            article.put("tags", a.tags());
                            return article;
                        })
                        .toList());
        view.put("tags", s.tags());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (DatasetCount c : s.counts()) {
            counts.put(c.dataset().id(), Map.of("as_subject", c.asSubject(), "as_object", c.asObject()));
        }
        view.put("counts", counts);
        view.put("projects", s.projects());
        return view;
    }

    private static Map<String, Object> header(HeaderFacts h) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("country", h.country());
        header.put("asn", h.asn());
        header.put("netblock", h.netblock());
        header.put("hosting_provider", h.hostingProvider());
        header.put("registrar", h.registrar());
        header.put("registrant", h.registrant());
        header.put("evidence", h.evidence().stream().map(SummaryView::evidence).toList());
        return header;
    }

    private static Map<String, Object> rule(RuleResult r) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", r.name());
        rule.put("description", r.description());
        rule.put("severity", r.severity().name());
        rule.put("fired", r.fired());
        rule.put("points", r.points());
        rule.put("reason", r.reason());
        rule.put("evidence", r.evidence().stream().map(SummaryView::evidence).toList());
        return rule;
    }

    private static Map<String, Object> insight(Insight i) {
        Map<String, Object> insight = new LinkedHashMap<>();
        insight.put("name", i.name());
        insight.put("title", i.title());
        insight.put("detail", i.detail());
        insight.put("evidence", i.evidence().stream().map(SummaryView::evidence).toList());
        return insight;
    }

    static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> view = new LinkedHashMap<>();
        switch (e) {
            case Evidence.IndicatorRef i -> {
                view.put("kind", "indicator");
                view.put("source", i.source());
                view.put("stix_id", i.stixId());
                view.put("first_seen", i.firstSeen().toString());
                view.put("last_seen", i.lastSeen().toString());
                view.put("confidence", i.confidence());
                if (i.decay() != null) {
                    view.put("decay", decay(i.decay()));
                }
            }
            case Evidence.Neighbour n -> {
                view.put("kind", "neighbour");
                view.put("artifact", n.artifact().toString());
                view.put("dataset", n.dataset().id());
                view.put("via", n.via().toString());
                view.put("why", n.why());
            }
            case Evidence.ProfileRef p -> {
                view.put("kind", "profile");
                view.put("id", p.id());
                view.put("profile_kind", p.kind().id());
                view.put("name", p.name());
            }
            case Evidence.ArticleRef a -> {
                view.put("kind", "article");
                view.put("id", a.id());
                view.put("title", a.title());
            }
            case Evidence.DocumentRef d -> {
                view.put("kind", "document");
                view.put("document_kind", d.kind());
                view.put("key", d.key());
                view.put("version", d.version());
                view.put("fact", d.fact());
            }
            case Evidence.AllowListRef a -> {
                view.put("kind", "warning-list");
                view.put("list", a.list());
                view.put("description", a.description());
                view.put("entry_kind", a.kind());
                view.put("entry", a.entry());
            }
            case Evidence.ObservationRef o -> {
                view.put("kind", "observation");
                view.put("subject", o.subject().toString());
                view.put("dataset", o.dataset().id());
                view.put("object", o.object().toString());
                view.put("first_seen", o.firstSeen().toString());
                view.put("last_seen", o.lastSeen().toString());
                view.put("count", o.count());
            }
            case Evidence.ArtifactRef a -> {
                view.put("kind", "artifact");
                view.put("artifact", a.artifact().toString());
                view.put("first_seen", text(a.firstSeen()));
                view.put("last_seen", text(a.lastSeen()));
            }
            case Evidence.Fact f -> {
                view.put("kind", "fact");
                view.put("text", f.text());
            }
        }
        view.put("text", e.describe());
        return view;
    }

    private static Map<String, Object> decay(Decay d) {
        Map<String, Object> decay = new LinkedHashMap<>();
        decay.put("original", d.original());
        decay.put("age_days", d.age().toDays());
        decay.put("half_life_days", d.halfLife() == null ? null : d.halfLife().toDays());
        decay.put("decayed", Math.round(d.decayed() * 10) / 10.0);
        return decay;
    }

    private static @Nullable String text(java.time.@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
