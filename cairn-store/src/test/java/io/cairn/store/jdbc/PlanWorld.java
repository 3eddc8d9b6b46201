package io.cairn.store.jdbc;

import static io.cairn.fixtures.IndicatorFixtures.maliciousDomain;
import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static io.cairn.store.jdbc.IntelFixtures.actor;
import static io.cairn.store.jdbc.IntelFixtures.article;
import static io.cairn.store.jdbc.IntelFixtures.relation;
import static io.cairn.store.jdbc.IntelFixtures.whois;
import static io.cairn.store.jdbc.QueryPlanContract.ADDRESS;
import static io.cairn.store.jdbc.QueryPlanContract.HUB;

import io.cairn.artifact.Artifact;
import io.cairn.document.Document;
import io.cairn.indicator.Indicator;
import io.cairn.intel.Article;
import io.cairn.intel.Profile;
import io.cairn.intel.Refs;
import io.cairn.intel.Relation;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.store.AllowEntry;
import io.cairn.store.BulkListener;
import io.cairn.store.WarningList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A small world with something of every kind around {@link QueryPlanContract#HUB} and
 * {@link QueryPlanContract#ADDRESS}, and many unrelated rows, so that statistics show the reads
 * wanting a small part of each table, as they do on a big store.
 */
final class PlanWorld {

    private static final int DOMAINS = 400;

    private PlanWorld() {}

    static void load(JdbcStore store) {
        SplittableRandom random = new SplittableRandom(3);
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            observations.add(observation(random, HUB, Dataset.RESOLUTION, ip("10.9.0." + i)));
            observations.add(observation(random, domain("s" + i + ".example.com"), Dataset.RESOLUTION, ADDRESS));
        }
        observations.add(observation(random, ADDRESS, Dataset.REVERSE_DNS, HUB));
        for (int i = 0; i < 3000; i++) {
            observations.add(observation(
                    random,
                    domain("d" + random.nextInt(DOMAINS) + ".example.net"),
                    Dataset.RESOLUTION,
                    ip("10.1." + random.nextInt(8) + "." + random.nextInt(256))));
        }
        store.observations().bulkLoad(observations.iterator(), BulkListener.none());

        List<Indicator> indicators = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        indicators.add(maliciousDomain(HUB.value(), "feed-a", "indicator--hub", JAN));
        documents.add(whois(HUB.value(), "{\"registrar\":\"Example\"}", JAN));
        articles.add(article("a-hub", JAN, "Hub", Set.of(HUB, domain("d1.example.net")), Set.of("is--1")));
        profiles.add(actor("mitre", "is--1", "Actor 1").build());
        relations.add(relation("r-hub", "indicator--hub", "indicates", "is--2", JAN));
        relations.add(relation("r-direct", Refs.artifact(HUB), "related-to", "is--3", JAN));
        for (int i = 0; i < DOMAINS; i++) {
            String name = "d" + i + ".example.net";
            indicators.add(maliciousDomain(name, i % 2 == 0 ? "feed-a" : "feed-b", "indicator--" + i, JAN));
            documents.add(whois(name, "{\"n\":" + i + "}", JAN));
            Set<Artifact> mentioned =
                    new LinkedHashSet<>(List.of(domain(name), domain("d" + (i + 1) + ".example.net")));
            articles.add(article("a-" + i, JAN.plusSeconds(i), "Report " + i, mentioned, Set.of("is--" + i % 40)));
            relations.add(relation("r-" + i, "indicator--" + i, "indicates", "is--" + i % 40, JAN));
        }
        for (int i = 2; i < 40; i++) {
            profiles.add(actor("mitre", "is--" + i, "Actor " + i)
                    .aliases("Alias " + i)
                    .build());
        }
        store.indicators().bulkLoad(indicators.iterator(), BulkListener.none());
        store.documents().bulkLoad(documents.iterator(), BulkListener.none());
        store.profiles().loadProfiles(profiles.iterator(), BulkListener.none());
        store.profiles().loadRelations(relations.iterator(), BulkListener.none());
        store.articles().bulkLoad(articles.iterator(), BulkListener.none());

        List<AllowEntry> blocks = new ArrayList<>();
        List<AllowEntry> hosts = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            blocks.add(AllowEntry.of(AllowEntry.Kind.CIDR, "172.16." + i + ".0/24", "172.16." + i + ".0/24"));
            hosts.add(AllowEntry.of(AllowEntry.Kind.SUFFIX, "site" + i + ".example.org", "site" + i + ".example.org"));
            hosts.add(new AllowEntry(AllowEntry.Kind.EXACT, null, "exact" + i + ".example.org", "exact" + i));
        }
        store.allowList().replace(new WarningList("cloud", "Cloud ranges", "1", WarningList.Kind.CIDR, blocks));
        store.allowList().replace(new WarningList("top", "Top sites", "1", WarningList.Kind.HOSTNAME, hosts));
        store.allowList()
                .replace(new WarningList(
                        "words",
                        null,
                        null,
                        WarningList.Kind.SUBSTRING,
                        List.of(AllowEntry.of(AllowEntry.Kind.SUBSTRING, "hub", "hub"))));
        store.allowList()
                .replace(new WarningList(
                        "patterns",
                        null,
                        null,
                        WarningList.Kind.REGEX,
                        List.of(AllowEntry.of(AllowEntry.Kind.REGEX, "^cdn\\.", "^cdn\\."))));
    }

    private static Observation observation(
            SplittableRandom random, Artifact subject, Dataset dataset, Artifact object) {
        Instant first = day("2024-01-01").plusSeconds(86_400L * random.nextInt(20));
        return new Observation(
                subject,
                dataset,
                object,
                first,
                first.plusSeconds(86_400L * random.nextInt(10)),
                1 + random.nextInt(5),
                random.nextBoolean() ? Set.of("pdns") : Set.of("pdns", "crawl"),
                Map.of());
    }
}
