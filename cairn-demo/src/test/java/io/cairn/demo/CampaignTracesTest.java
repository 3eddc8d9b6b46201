package io.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traces campaigns leave in a generated world are the ones investigations pivot on. */
class CampaignTracesTest {
    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode truth;

    @BeforeAll
    static void generate() throws IOException {
        DemoWorld.generate(21, 20_000, dir, ProgressListener.none());
        truth = JSON.readTree(dir.resolve(WorldSummary.GROUND_TRUTH).toFile());
    }

    private static List<String> values(String kind, String role) {
        List<String> values = new ArrayList<>();
        for (JsonNode campaign : truth.path("campaigns")) {
            for (JsonNode a : campaign.path("artifacts")) {
                if (a.path("kind").asText().equals(kind)
                        && (role == null || a.path("role").asText().equals(role))) {
                    values.add(a.path("value").asText());
                }
            }
        }
        return values;
    }

    @Test
    void shouldHideCampaignAddressesOnSharedHostingAmongManyBenignTenants() throws IOException {
        Set<String> campaignDomains = new HashSet<>(values("domain", null));
        Map<String, Set<String>> tenants = new HashMap<>();
        try (Stream<String> lines = Files.lines(dir.resolve("import/pdns/passive-dns.jsonl"))) {
            lines.map(CampaignTracesTest::tree)
                    .filter(r -> r.path("rrtype").asText().equals("A"))
                    .filter(r -> !campaignDomains.contains(r.path("rrname").asText()))
                    .forEach(r -> tenants.computeIfAbsent(r.path("rdata").asText(), ip -> new HashSet<>())
                            .add(r.path("rrname").asText()));
        }
        List<String> shared = values("ip", "hosting").stream()
                .filter(ip -> ip.startsWith("192.185."))
                .toList();

        assertThat(shared).isNotEmpty();
        assertThat(shared)
                .allSatisfy(ip ->
                        assertThat(tenants.getOrDefault(ip, Set.of())).as(ip).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void shouldMixCampaignInfrastructureIntoMostlyBenignDnsLogs() throws IOException {
        List<String> domains = values("domain", null);
        List<String> lines = Files.readAllLines(dir.resolve("logs/dns-queries.log"));
        long bad = lines.stream()
                .filter(l -> domains.stream().anyMatch(d -> l.contains("(" + d + ")") || l.contains("(www." + d + ")")))
                .count();

        assertThat(bad).isPositive().isLessThan(lines.size() / 20);
    }

    @Test
    void shouldMentionEveryListedDomainDefangedInTheCampaignsReport() throws IOException {
        JsonNode bundle =
                JSON.readTree(dir.resolve("import/intel/stix-bundle.json").toFile());
        List<String> reports = new ArrayList<>();
        bundle.path("objects").forEach(o -> {
            if (o.path("type").asText().equals("report")) {
                reports.add(o.path("description").asText());
            }
        });
        String text = String.join("\n", reports);

        assertThat(reports).hasSize(truth.path("campaigns").size());
        for (JsonNode campaign : truth.path("campaigns")) {
            for (JsonNode a : campaign.path("artifacts")) {
                if (a.path("kind").asText().equals("domain") && !a.path("feeds").isEmpty()) {
                    String domain = a.path("value").asText();
                    assertThat(text).contains(Articles.defang(domain)).doesNotContain(" " + domain);
                }
            }
        }
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
