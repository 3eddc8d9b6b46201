package io.cairn.app;

import static io.cairn.app.ReputationWorld.NOW;
import static io.cairn.app.ReputationWorld.domain;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.insight.InsightConfig;
import io.cairn.insight.InsightService;
import io.cairn.observation.Dataset;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.store.DatasetCount;
import io.cairn.summary.ArtifactSummary;
import io.cairn.summary.ProjectLookup;
import io.cairn.summary.SummaryService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The artifact summary on a real SQLite store: header facts, intel, tags, counts and projects. */
class SummaryOnStoreTest {
    @TempDir
    static Path dir;

    private static ReputationWorld world;
    private static ReputationService reputation;
    private static InsightService insights;

    @BeforeAll
    static void fill() throws IOException {
        world = new ReputationWorld(dir);
        InsightsOnStoreTest.investigation(world);
        world.importText("stix", "intel", """
                {"type":"bundle","id":"bundle--7c0e8d2f-1a9b-4de4-8c7b-8a3d5e0f2a76","objects":[
                 {"type":"indicator","spec_version":"2.1","id":"indicator--6b9d7c2e-1f0a-4ee5-9d8c-9b4e6f1a3b87",
                  "created":"2026-10-20T00:00:00Z","modified":"2026-10-20T00:00:00Z",
                  "pattern":"[domain-name:value = 'fresh-login.xyz']","pattern_type":"stix",
                  "valid_from":"2026-10-20T00:00:00Z","labels":["phishing"],"confidence":80},
                 {"type":"intrusion-set","spec_version":"2.1","id":"intrusion-set--8c0e8d3f-2a1b-4ff6-8e9d-0c5f7a2b4c98",
                  "created":"2026-10-20T00:00:00Z","modified":"2026-10-20T00:00:00Z","name":"Glass Heron","aliases":["GH"]},
                 {"type":"relationship","spec_version":"2.1","id":"relationship--9d1f9e4a-3b2c-4a07-9f0e-1d6a8b3c5d09",
                  "created":"2026-10-20T00:00:00Z","modified":"2026-10-20T00:00:00Z","relationship_type":"indicates",
                  "source_ref":"indicator--6b9d7c2e-1f0a-4ee5-9d8c-9b4e6f1a3b87",
                  "target_ref":"intrusion-set--8c0e8d3f-2a1b-4ff6-8e9d-0c5f7a2b4c98"},
                 {"type":"report","spec_version":"2.1","id":"report--0e2a0f5b-4c3d-4b18-8a1f-2e7b9c4d6e10",
                  "created":"2026-10-21T00:00:00Z","modified":"2026-10-21T00:00:00Z","name":"Glass Heron phishes banks",
                  "published":"2026-10-21T00:00:00Z","labels":["credential-phishing"],
                  "description":"The actor registered fresh-login[.]xyz for its lures.",
                  "object_refs":["indicator--6b9d7c2e-1f0a-4ee5-9d8c-9b4e6f1a3b87",
                                 "intrusion-set--8c0e8d3f-2a1b-4ff6-8e9d-0c5f7a2b4c98"]}
                ]}""");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reputation = new ReputationService(world.store, ReputationConfig.DEFAULTS, clock);
        insights = new InsightService(world.store, InsightConfig.DEFAULTS, clock);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void shouldSummariseADomainWithItsHeaderIntelTagsAndCounts() {
        ArtifactSummary s = new SummaryService(world.store, reputation, insights, ProjectLookup.NONE)
                .summarize(domain("fresh-login.xyz"));

        assertThat(s.type()).isEqualTo("domain");
        assertThat(s.artifact().value()).isEqualTo("fresh-login.xyz");
        assertThat(s.firstSeen()).isNotNull();
        assertThat(s.lastSeen()).isAfterOrEqualTo(s.firstSeen());
        assertThat(s.header().country()).isEqualTo("MD");
        assertThat(s.header().asn()).isEqualTo("AS64640");
        assertThat(s.header().netblock()).isEqualTo("176.123.0.0/19");
        assertThat(s.header().hostingProvider()).isEqualTo("Sable Networks Hosting Ltd");
        assertThat(s.header().registrar()).isEqualTo("Example Registrar Inc");
        assertThat(s.header().registrant()).isEqualTo("Burner Holdings");
        assertThat(s.header().evidence()).isNotEmpty();
        assertThat(s.profiles()).extracting(ArtifactSummary.ProfileLink::name).containsExactly("Glass Heron");
        assertThat(s.articles())
                .extracting(ArtifactSummary.ArticleLink::title)
                .containsExactly("Glass Heron phishes banks");
        assertThat(s.tags()).contains("phishing", "malicious-activity", "credential-phishing");
        assertThat(s.counts()).contains(new DatasetCount(Dataset.RESOLUTION, 1, 0));
        assertThat(s.reputation().fired()).extracting(r -> r.name()).contains("listed-by-sources", "linked-to-profile");
        assertThat(s.reputation().band().label()).isEqualTo("Malicious");
        assertThat(s.insights()).extracting(i -> i.name()).contains("blocklisted", "registration-age");
        assertThat(s.projects()).isEmpty();
    }

    @Test
    void shouldNameTheProjectsThePortSaysHoldIt() {
        ProjectLookup lookup =
                artifact -> artifact.value().equals("fresh-login.xyz") ? List.of("Heron hunt") : List.of();
        SummaryService summaries = new SummaryService(world.store, reputation, insights, lookup);

        assertThat(summaries.summarize(domain("fresh-login.xyz")).projects()).containsExactly("Heron hunt");
        assertThat(summaries.summarize(domain("sister-site.xyz")).projects()).isEmpty();
    }

    @Test
    void shouldSummariseAnUnknownArtifactWithoutInventingFacts() {
        ArtifactSummary s = new SummaryService(world.store, reputation, insights, ProjectLookup.NONE)
                .summarize(domain("never-seen.org"));

        assertThat(s.firstSeen()).isNull();
        assertThat(s.header().country()).isNull();
        assertThat(s.header().registrar()).isNull();
        assertThat(s.articles()).isEmpty();
        assertThat(s.profiles()).isEmpty();
        assertThat(s.counts()).isEmpty();
        assertThat(s.reputation().score()).isZero();
        assertThat(s.insights()).isEmpty();
    }
}
