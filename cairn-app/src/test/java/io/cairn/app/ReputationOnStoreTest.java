package io.cairn.app;

import static io.cairn.app.ReputationWorld.NOW;
import static io.cairn.app.ReputationWorld.domain;
import static io.cairn.app.ReputationWorld.ip;
import static io.cairn.app.ReputationWorld.listed;
import static io.cairn.app.ReputationWorld.observation;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.document.Document;
import io.cairn.reputation.Band;
import io.cairn.reputation.Evidence;
import io.cairn.reputation.Reputation;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.reputation.RuleResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reputation on a real SQLite store, filled through the importers and bulk loads. */
class ReputationOnStoreTest {
    @TempDir
    Path dir;

    private ReputationWorld world;
    private ReputationService reputation;

    @BeforeEach
    void open() {
        world = new ReputationWorld(dir);
        reputation = new ReputationService(world.store, ReputationConfig.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static RuleResult rule(Reputation r, String name) {
        return r.rules().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldCallAListedLookalikeMaliciousAndLinkTheIndicatorThatSaidSo() {
        Artifact phish = domain("login-micros0ft.xyz");
        world.indicators(listed(
                phish, "urlhaus", "indicator--0b3f1c6e-5f2a-4d8e-9c1b-2a7d9e4f6a10", 90, NOW.minusSeconds(2 * 86_400)));

        Reputation r = reputation.assess(phish);

        assertThat(r.band()).isEqualTo(Band.MALICIOUS);
        assertThat(r.score()).isGreaterThanOrEqualTo(75);
        RuleResult listing = rule(r, "listed-by-sources");
        assertThat(listing.fired()).isTrue();
        assertThat(listing.evidence()).singleElement().isInstanceOfSatisfying(Evidence.IndicatorRef.class, i -> {
            assertThat(i.source()).isEqualTo("urlhaus");
            assertThat(i.stixId()).isEqualTo("indicator--0b3f1c6e-5f2a-4d8e-9c1b-2a7d9e4f6a10");
        });
        assertThat(rule(r, "lookalike-name").reason()).contains("microsoft");
        assertThat(rule(r, "abuse-prone-tld").fired()).isTrue();
        assertThat(r.rules()).anySatisfy(x -> {
            assertThat(x.fired()).isFalse();
            assertThat(x.reason()).isNotBlank();
        });
        assertThat(r.fired()).allSatisfy(x -> assertThat(x.points()).isPositive());
    }

    @Test
    void shouldHoldAnAllowListedArtifactDownAndSayWhichListAndEntry() throws IOException {
        Artifact site = domain("popular-site.com");
        world.indicators(listed(site, "noisy-feed", "indicator--1c4e2d7f-6a3b-4e9f-8d2c-3b8e0f5a7b21", 95, NOW))
                .warningList("""
                        {"name":"top-sites","description":"Most visited sites","version":3,"type":"hostname",
                         "list":["popular-site.com"]}""");

        Reputation r = reputation.assess(site);

        assertThat(r.combined()).isGreaterThanOrEqualTo(75);
        assertThat(r.cap()).isEqualTo(ReputationConfig.DEFAULTS.allowListCap());
        assertThat(r.score()).isEqualTo(ReputationConfig.DEFAULTS.allowListCap());
        assertThat(r.band()).isEqualTo(Band.UNKNOWN);
        assertThat(r.allowedBy()).singleElement().satisfies(a -> {
            assertThat(a.list()).isEqualTo("top-sites");
            assertThat(a.entry()).isEqualTo("popular-site.com");
        });
    }

    @Test
    void shouldNotDragUpTheTenantOfAHubButCountListedNeighboursOnASmallHost() throws IOException {
        StringBuilder lines = new StringBuilder();
        lines.append(
                observation("domain:quiet-shop.com", "resolution", "ip:192.185.0.10", "2026-09-01", "2026-10-30", ""));
        for (int i = 0; i < 60; i++) {
            lines.append(observation(
                    "domain:tenant" + i + ".com", "resolution", "ip:192.185.0.10", "2026-09-01", "2026-10-30", ""));
            if (i < 10) {
                world.indicators(listed(
                        domain("tenant" + i + ".com"),
                        "feed",
                        "indicator--00000000-0000-4000-8000-0000000000" + (10 + i),
                        90,
                        NOW));
            }
        }
        lines.append(
                observation("domain:small-shop.com", "resolution", "ip:176.123.4.5", "2026-09-01", "2026-10-30", ""));
        for (int i = 0; i < 4; i++) {
            lines.append(observation(
                    "domain:bad" + i + ".com", "resolution", "ip:176.123.4.5", "2026-09-01", "2026-10-30", ""));
        }
        world.importText("observations", "pdns", lines.toString());
        world.indicators(
                listed(domain("bad0.com"), "feed", "indicator--00000000-0000-4000-8000-000000000100", 90, NOW),
                listed(domain("bad1.com"), "feed", "indicator--00000000-0000-4000-8000-000000000101", 90, NOW));

        RuleResult hubTenant = rule(reputation.assess(domain("quiet-shop.com")), "malicious-neighbours");
        RuleResult smallTenant = rule(reputation.assess(domain("small-shop.com")), "malicious-neighbours");

        assertThat(hubTenant.fired()).isFalse();
        assertThat(hubTenant.reason()).contains("hubs not followed: ip:192.185.0.10 (61 resolution tenants)");
        assertThat(smallTenant.fired()).isTrue();
        assertThat(smallTenant.points())
                .isEqualTo(2 * ReputationConfig.DEFAULTS.weights().neighbourEach());
        assertThat(smallTenant.reason()).startsWith("looked at 4 neighbours (at most 25)");
        assertThat(smallTenant.evidence())
                .filteredOn(e -> e instanceof Evidence.Neighbour)
                .extracting(e -> ((Evidence.Neighbour) e).artifact().value())
                .containsExactlyInAnyOrder("bad0.com", "bad1.com");
    }

    @Test
    void shouldJudgeAGraphNodeByItsOwnRecordsWithoutItsNeighbours() throws IOException {
        StringBuilder lines = new StringBuilder();
        lines.append(
                observation("domain:small-shop.com", "resolution", "ip:176.123.4.5", "2026-09-01", "2026-10-30", ""));
        for (int i = 0; i < 3; i++) {
            lines.append(observation(
                    "domain:bad" + i + ".com", "resolution", "ip:176.123.4.5", "2026-09-01", "2026-10-30", ""));
        }
        world.importText("observations", "pdns", lines.toString());
        world.indicators(
                listed(domain("bad0.com"), "feed", "indicator--00000000-0000-4000-8000-000000000200", 90, NOW),
                listed(domain("bad1.com"), "feed", "indicator--00000000-0000-4000-8000-000000000201", 90, NOW),
                listed(domain("bad2.com"), "feed", "indicator--00000000-0000-4000-8000-000000000202", 90, NOW));

        Reputation full = reputation.assess(domain("small-shop.com"));
        Reputation own = reputation.assessOwn(domain("small-shop.com"));
        Reputation listedOwn = reputation.assessOwn(domain("bad0.com"));

        assertThat(rule(full, "malicious-neighbours").fired()).isTrue();
        assertThat(own.rules()).noneSatisfy(r -> assertThat(r.name()).isEqualTo("malicious-neighbours"));
        assertThat(own.score()).isLessThan(full.score());
        assertThat(listedOwn.band()).isEqualTo(Band.MALICIOUS);
        assertThat(rule(listedOwn, "listed-by-sources").fired()).isTrue();
    }

    @Test
    void shouldLetAnOldAddressListingDecayButNeverAHashListing() {
        Artifact address = ip("176.123.9.9");
        Artifact hash = ReputationWorld.of("sha256:" + "ab".repeat(32));
        world.indicators(
                listed(
                        address,
                        "feodo",
                        "indicator--2d5f3e8a-7b4c-4fa0-9e3d-4c9f1a6b8c32",
                        80,
                        NOW.minusSeconds(120 * 86_400L)),
                listed(
                        hash,
                        "bazaar",
                        "indicator--3e6a4f9b-8c5d-4ab1-8f4e-5d0a2b7c9d43",
                        80,
                        NOW.minusSeconds(120 * 86_400L)));

        RuleResult ipListing = rule(reputation.assess(address), "listed-by-sources");
        RuleResult hashListing = rule(reputation.assess(hash), "listed-by-sources");

        Evidence.IndicatorRef ipRef =
                (Evidence.IndicatorRef) ipListing.evidence().get(0);
        assertThat(ipRef.decay().original()).isEqualTo(80);
        assertThat(ipRef.decay().age().toDays()).isEqualTo(120);
        assertThat(ipRef.decay().halfLife().toDays()).isEqualTo(30);
        assertThat(ipRef.decay().decayed()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ipListing.points()).isEqualTo(5);
        Evidence.IndicatorRef hashRef =
                (Evidence.IndicatorRef) hashListing.evidence().get(0);
        assertThat(hashRef.decay().halfLife()).isNull();
        assertThat(hashListing.points()).isEqualTo(80);
    }

    @Test
    void shouldSeeAYoungRegistrationInItsRdapRecordAndLinkTheDocument() throws IOException {
        world.importText(
                "rdap",
                "rdap",
                ReputationWorld.rdap(
                                "fresh-login.xyz",
                                "2026-10-25",
                                "2026-10-28",
                                "ivan@burner-mail.net",
                                "ns1.shady-dns.net")
                        + "\n"
                        + ReputationWorld.rdap(
                                "old-shop.com", "2015-03-01", "2025-03-01", "owner@old-shop.com", "ns1.big-dns.net"));

        RuleResult young = rule(reputation.assess(domain("www.fresh-login.xyz")), "young-registration");
        RuleResult old = rule(reputation.assess(domain("old-shop.com")), "young-registration");

        assertThat(young.fired()).isTrue();
        assertThat(young.reason()).contains("7 days ago");
        assertThat(young.evidence())
                .singleElement()
                .isEqualTo(new Evidence.DocumentRef("whois", "fresh-login.xyz", 1, "fetched 2026-10-31T00:00:00Z"));
        assertThat(old.fired()).isFalse();
        assertThat(old.reason()).contains("not within 30 days");
    }

    @Test
    void shouldSeeSelfSignedAndFreshCertificatesAndADetonationVerdict() throws IOException {
        Artifact cert = ReputationWorld.of("cert:" + "1f".repeat(20));
        Artifact url = ReputationWorld.of("url:https://portal-secure.top/login");
        world.importText(
                        "observations",
                        "crawler",
                        observation(
                                "domain:portal-secure.top",
                                "certificate",
                                cert.toString(),
                                "2026-10-29",
                                "2026-10-30",
                                ""))
                .documents(
                        ReputationWorld.certificate(cert, true, "2026-10-29"),
                        new Document(
                                "detonation",
                                "run-1",
                                url,
                                "application/json",
                                "{\"verdict\":\"malicious\",\"reasons\":[\"credential form\"]}",
                                null,
                                NOW,
                                "sandbox"));

        Reputation page = reputation.assess(url);

        assertThat(rule(page, "self-signed-certificate").fired()).isTrue();
        assertThat(rule(page, "fresh-certificate").fired()).isTrue();
        assertThat(rule(page, "detonation-verdict").evidence())
                .containsExactly(new Evidence.DocumentRef("detonation", "run-1", 1, "verdict malicious"));
        assertThat(page.band()).isEqualTo(Band.MALICIOUS);
        assertThat(rule(reputation.assess(domain("portal-secure.top")), "detonation-verdict")
                        .reason())
                .isEqualTo("never detonated");
    }

    @Test
    void shouldSeeAbuseProneHostingFromTheNetworkOfTheResolution() throws IOException {
        Properties settings = new Properties();
        settings.setProperty("abuse.asns", "AS64640");
        ReputationService configured =
                new ReputationService(world.store, ReputationConfig.from(settings), Clock.fixed(NOW, ZoneOffset.UTC));
        world.importText(
                "observations",
                "crawler",
                observation(
                        "domain:drop-zone.com",
                        "resolution",
                        "ip:176.123.4.7",
                        "2026-10-01",
                        "2026-10-30",
                        "\"asn\":\"64640\",\"country\":\"MD\",\"netblock\":\"176.123.0.0/19\""));

        assertThat(rule(configured.assess(domain("drop-zone.com")), "abuse-prone-hosting")
                        .fired())
                .isTrue();
        assertThat(rule(reputation.assess(domain("drop-zone.com")), "abuse-prone-hosting")
                        .reason())
                .isEqualTo("no abuse-prone networks are configured");
    }
}
