package io.cairn.app;

import static io.cairn.app.ReputationWorld.NOW;
import static io.cairn.app.ReputationWorld.domain;
import static io.cairn.app.ReputationWorld.listed;
import static io.cairn.app.ReputationWorld.observation;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.insight.Insight;
import io.cairn.insight.InsightConfig;
import io.cairn.insight.InsightService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every insight fires on an artifact built for it, and none on neutral ones, on a real SQLite store. */
class InsightsOnStoreTest {
    static final List<String> ALL = List.of(
            "blocklisted",
            "warning-list",
            "tor-exit",
            "host-last-observed",
            "registration-age",
            "registered-and-resolving",
            "subdomain-addresses",
            "new-subdomains",
            "shared-whois",
            "shared-name-server",
            "last-crawled",
            "idn",
            "sinkhole",
            "web-server",
            "open-ports",
            "private-or-reserved");

    @TempDir
    static Path dir;

    private static ReputationWorld world;
    private static InsightService insights;

    @BeforeAll
    static void fill() throws IOException {
        world = new ReputationWorld(dir);
        investigation(world);
        Properties settings = new Properties();
        settings.setProperty("insight.sinkhole.addresses", "198.51.100.66");
        settings.setProperty("insight.sinkhole.name-servers", "sinkhole.shadow-dns.org");
        insights = new InsightService(world.store, InsightConfig.from(settings), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        world.close();
    }

    /** A young phishing domain on a small host, its sister site, a Tor exit, a sinkholed name and a quiet one. */
    static void investigation(ReputationWorld world) throws IOException {
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
                                "sister-site.xyz",
                                "2026-06-01",
                                "2026-06-02",
                                "ivan@burner-mail.net",
                                "ns1.shady-dns.net"));
        world.importText(
                "observations",
                "crawler",
                observation(
                                "domain:fresh-login.xyz",
                                "resolution",
                                "ip:176.123.4.5",
                                "2026-10-25",
                                "2026-10-31",
                                "\"asn\":\"64640\",\"as_name\":\"Sable Networks Hosting Ltd\","
                                        + "\"netblock\":\"176.123.0.0/19\",\"country\":\"MD\"")
                        + observation(
                                "domain:www.fresh-login.xyz",
                                "resolution",
                                "ip:176.123.4.6",
                                "2026-10-29",
                                "2026-10-31",
                                "")
                        + observation(
                                "domain:fresh-login.xyz",
                                "component",
                                "component:Server/nginx/1.14.2",
                                "2026-10-30",
                                "2026-10-30",
                                "")
                        + observation(
                                "ip:176.123.4.6",
                                "component",
                                "component:Server/Apache/2.4.58",
                                "2026-10-20",
                                "2026-10-20",
                                "")
                        + observation(
                                "ip:176.123.4.5",
                                "service",
                                "keyword:443/tcp",
                                "2026-10-26",
                                "2026-10-30",
                                "\"status\":\"open\"")
                        + observation(
                                "domain:sunk-domain.com",
                                "resolution",
                                "ip:198.51.100.66",
                                "2026-10-01",
                                "2026-10-30",
                                "")
                        + observation(
                                "domain:sunk-domain.com",
                                "dns-record",
                                "domain:sinkhole.shadow-dns.org",
                                "2026-10-01",
                                "2026-10-30",
                                "\"rrtype\":\"NS\"")
                        + observation(
                                "domain:quiet-neutral.com",
                                "resolution",
                                "ip:34.64.0.9",
                                "2025-01-01",
                                "2025-02-01",
                                ""));
        world.indicators(
                listed(
                        domain("fresh-login.xyz"),
                        "urlhaus",
                        "indicator--4f7b5a0c-9d6e-4bc2-8a5f-6e1b3c8d0e54",
                        85,
                        NOW),
                listed(
                        domain("fresh-login.xyz"),
                        "openphish",
                        "indicator--5a8c6b1d-0e7f-4cd3-9b6a-7f2c4d9e1f65",
                        70,
                        NOW));
        world.warningList("""
                {"name":"tor-exit-nodes","description":"Tor exit relays","version":1,"type":"cidr",
                 "list":["185.220.101.0/24"]}""");
    }

    private static List<String> names(String typed) {
        return insights.insights(ReputationWorld.of(typed)).stream()
                .map(Insight::name)
                .toList();
    }

    @ParameterizedTest(name = "{0} fires on {1}")
    @CsvSource({
        "blocklisted, domain:fresh-login.xyz",
        "warning-list, ip:185.220.101.7",
        "tor-exit, ip:185.220.101.7",
        "host-last-observed, domain:fresh-login.xyz",
        "registration-age, domain:fresh-login.xyz",
        "registered-and-resolving, domain:fresh-login.xyz",
        "subdomain-addresses, domain:fresh-login.xyz",
        "new-subdomains, domain:fresh-login.xyz",
        "shared-whois, domain:fresh-login.xyz",
        "shared-name-server, domain:fresh-login.xyz",
        "last-crawled, domain:fresh-login.xyz",
        "last-crawled, ip:176.123.4.6",
        "idn, domain:xn--bcher-kva.com",
        "sinkhole, domain:sunk-domain.com",
        "sinkhole, ip:198.51.100.66",
        "web-server, domain:fresh-login.xyz",
        "web-server, ip:176.123.4.5",
        "open-ports, ip:176.123.4.5",
        "private-or-reserved, ip:10.1.2.3",
        "registration-age, url:https://www.fresh-login.xyz/login"
    })
    void shouldFireOnTheArtifactBuiltForItWithEvidence(String name, String typed) {
        Artifact artifact = ReputationWorld.of(typed);
        assertThat(insights.insights(artifact))
                .filteredOn(i -> i.name().equals(name))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.evidence()).isNotEmpty();
                    assertThat(i.detail()).isNotBlank();
                });
    }

    @Test
    void shouldSayNothingOfNeutralArtifactsButWhenAKnownHostWasLastSeen() {
        assertThat(names("domain:neutral-unknown.org")).isEmpty();
        assertThat(names("ip:8.8.4.4")).isEmpty();
        assertThat(names("domain:quiet-neutral.com")).containsExactly("host-last-observed");
    }

    @Test
    void shouldDescribeTheFindingsAnAnalystReads() {
        List<Insight> found = insights.insights(domain("fresh-login.xyz"));
        assertThat(detail(found, "blocklisted")).startsWith("Listed by 2 sources [openphish, urlhaus] in 2 indicators");
        assertThat(detail(found, "registration-age"))
                .isEqualTo(
                        "fresh-login.xyz was registered 2026-10-25T00:00:00Z (7 days ago), updated 2026-10-28T00:00:00Z (4 days ago)");
        assertThat(detail(found, "shared-whois"))
                .isEqualTo("1 other domains share its registrant: registrant-email ivan@burner-mail.net with 1;"
                        + " registrant-org Burner Holdings with 1");
        assertThat(detail(found, "shared-name-server")).isEqualTo("1 other domains use [ns1.shady-dns.net]");
        assertThat(detail(found, "new-subdomains")).isEqualTo("1 subdomains first seen within 7 days");
        assertThat(detail(insights.insights(ReputationWorld.of("ip:176.123.4.5")), "open-ports"))
                .isEqualTo("1 open: [443/tcp]");
        assertThat(ALL).containsAll(found.stream().map(Insight::name).toList());
    }

    private static String detail(List<Insight> found, String name) {
        return found.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow()
                .detail();
    }
}
