package io.cairn.web;

import static io.cairn.fixtures.IndicatorFixtures.maliciousDomain;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static io.cairn.fixtures.ObservationFixtures.url;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.chain.Reputations;
import io.cairn.indicator.Tlp;
import io.cairn.insight.InsightConfig;
import io.cairn.insight.InsightService;
import io.cairn.intel.Article;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Refs;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.search.Search;
import io.cairn.store.BulkListener;
import io.cairn.store.Store;
import io.cairn.store.jdbc.JdbcStore;
import io.cairn.summary.ProjectLookup;
import io.cairn.summary.SummaryService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small world on a real SQLite store, loaded through the store's bulk loads: login-micros0ft.xyz
 * resolving to three addresses of one netblock, a tracker it shares with micros0ft-cdn.xyz, an
 * indicator of it, an article naming it and the actor behind it.
 */
final class ApiWorld {
    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final String EVIL = "login-micros0ft.xyz";
    static final String ACTOR = "Ember Bear";
    static final String LOGIN_URL = "https://login-micros0ft.xyz/auth/login?next=%2Fhome";
    static final Artifact TRACKER = Artifact.of(ArtifactType.TRACKER, "GoogleAnalyticsTrackingId:UA-12345-1");

    private ApiWorld() {}

    static Store open(Path directory) {
        JdbcStore store = JdbcStore.open(directory);
        store.migrate();
        store.observations().bulkLoad(observations().iterator(), BulkListener.none());
        store.indicators()
                .bulkLoad(
                        List.of(maliciousDomain(EVIL, "abuse-feed", "indicator--evil", JAN))
                                .iterator(),
                        BulkListener.none());
        store.profiles()
                .loadProfiles(
                        List.of(new Profile(
                                        ProfileKind.ACTOR,
                                        ACTOR,
                                        "intrusion-set",
                                        "mitre",
                                        "intrusion-set--ember",
                                        "G9001",
                                        Set.of("UAC-0056"),
                                        "Targets governments.",
                                        "A long description.",
                                        "RU",
                                        Set.of("government"),
                                        Set.of("UA"),
                                        JAN,
                                        true,
                                        JAN,
                                        Tlp.CLEAR))
                                .iterator(),
                        BulkListener.none());
        store.profiles()
                .loadTechniques(
                        List.of(new Technique(
                                        "T1566",
                                        "Phishing",
                                        "attack-pattern--phish",
                                        List.of("initial-access"),
                                        null,
                                        true,
                                        "mitre"))
                                .iterator(),
                        BulkListener.none());
        store.profiles()
                .loadRelations(
                        List.of(
                                        relation("r-1", "intrusion-set--ember", "uses", "attack-pattern--phish"),
                                        relation("r-2", "indicator--evil", "indicates", "intrusion-set--ember"))
                                .iterator(),
                        BulkListener.none());
        store.articles()
                .bulkLoad(
                        List.of(new Article(
                                        "blog",
                                        "report--1",
                                        "https://blog.example/ember",
                                        "Ember Bear returns",
                                        "New infrastructure.",
                                        "Full text naming login-micros0ft[.]xyz.",
                                        JAN,
                                        JAN,
                                        Tlp.GREEN,
                                        Set.of("apt"),
                                        Set.of(domain(EVIL)),
                                        Set.of(Refs.profileNamed(ProfileKind.ACTOR, ACTOR))))
                                .iterator(),
                        BulkListener.none());
        return store;
    }

    /** The API's services over {@code store}, built as the composition root builds them. */
    static ApiServices services(Store store) {
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
        var reputation = new ReputationService(store, ReputationConfig.DEFAULTS, clock);
        var insights = new InsightService(store, InsightConfig.DEFAULTS, clock);
        return new ApiServices(
                store.artifacts(),
                store.observations(),
                store.indicators(),
                store.articles(),
                store.profiles(),
                new Search(store),
                new SummaryService(store, reputation, insights, ProjectLookup.NONE),
                reputation,
                insights,
                store.projects(),
                Reputations::unknown);
    }

    /** login-micros0ft.xyz resolved to 192.0.2.1 in January, .2 in February, .3 in March, and so on. */
    static List<Observation> observations() {
        List<Observation> all = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            Instant first = Instant.parse("2026-0" + month + "-01T00:00:00Z");
            Instant last = Instant.parse("2026-0" + month + "-20T00:00:00Z");
            all.add(new Observation(
                    domain(EVIL),
                    Dataset.RESOLUTION,
                    ip("192.0.2." + month),
                    first,
                    last,
                    10L * month,
                    Set.of(month == 3 ? "sensor-b" : "sensor-a"),
                    Map.of("asn", "64500", "netblock", "192.0.2.0/24", "country", "NL", "rrtype", "A")));
        }
        all.add(Observation.of(domain("micros0ft-cdn.xyz"), Dataset.RESOLUTION, ip("192.0.2.1"), JAN, JAN, "sensor-a"));
        all.add(Observation.of(domain(EVIL), Dataset.TRACKER, TRACKER, JAN, JAN, "crawler"));
        all.add(Observation.of(domain("micros0ft-cdn.xyz"), Dataset.TRACKER, TRACKER, JAN, JAN, "crawler"));
        all.add(Observation.of(url(LOGIN_URL), Dataset.TRACKER, TRACKER, JAN, JAN, "crawler"));
        all.add(new Observation(
                domain(EVIL),
                Dataset.DNS_RECORD,
                Artifact.of(ArtifactType.KEYWORD, "=HYPERLINK(\"http://x.test\")"),
                JAN,
                JAN,
                1,
                Set.of("resolver"),
                Map.of("rrtype", "TXT")));
        return all;
    }

    private static Relation relation(String ref, String from, String type, String to) {
        return new Relation(ref, from, type, to, "mitre", null, true, JAN);
    }
}
