package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.chain.Expander;
import io.cairn.chain.ExpansionRequest;
import io.cairn.chain.Graph;
import io.cairn.chain.GraphEdge;
import io.cairn.chain.GraphNode;
import io.cairn.chain.ProfileLinks;
import io.cairn.demo.DemoWorld;
import io.cairn.demo.WorldSummary;
import io.cairn.observation.Dataset;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaining on the demo world, imported into SQLite by the real importer: from one phishing domain
 * of a campaign, three hops find the campaign; without hub detection the tenants of the hosts,
 * registrars and other attributes it shares with thousands swamp it. The campaign and its artifacts come from the world's ground truth, not from the test.
 */
class DemoWorldChainTest {
    private static final long SEED = 3;
    private static final long SCALE = 40_000;

    @TempDir
    static Path dir;

    private static JdbcStore store;
    private static Campaign campaign;

    @BeforeAll
    static void importDemoWorld() throws IOException {
        Path world = dir.resolve("world");
        DemoWorld.generate(SEED, SCALE, world, (written, total) -> {});
        store = JdbcStore.open(dir.resolve("data"));
        store.migrate();
        DemoSetup.prepare(store, world, SCALE, false, new PrintWriter(new StringWriter()));
        campaign = Campaign.firstPhishing(new ObjectMapper()
                .readTree(world.resolve(WorldSummary.GROUND_TRUTH).toFile()));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * The infrastructure pivots, as in {@code cairn pivot --datasets resolution,tracker,certificate,whois}:
     * the web-server component and open ports every kit in the world shares are left out.
     */
    private static final Set<Dataset> INFRASTRUCTURE =
            Set.of(Dataset.RESOLUTION, Dataset.TRACKER, Dataset.CERTIFICATE, Dataset.WHOIS);

    @Test
    void shouldFindTheCampaignFromOnePhishingDomainWithFewUnrelatedNodes() {
        Graph graph = expand(ExpansionRequest.of(campaign.seed()).withDatasets(INFRASTRUCTURE));

        assertThat(campaign.foundShare(graph)).as(campaign.report(graph)).isGreaterThanOrEqualTo(0.9);
        assertThat(campaign.unrelatedShare(graph)).as(campaign.report(graph)).isLessThan(0.1);
        assertThat(graph.nodes()).anyMatch(GraphNode::hub);
        assertThat(campaign.hubTenants(graph)).isEmpty();
        // Three hops and the last layer's degrees, plus the bounded profile lookups.
        // Per hop one call for degrees and one for the edges of the nodes that are not hubs, then the
        // degrees of the last layer.
        assertThat(graph.storeQueries()).isLessThanOrEqualTo(2 * 3 + 1 + ExpansionRequest.DEFAULT_PROFILE_LOOKUPS);
    }

    @Test
    void shouldDrownInTheTenantsOfSharedHostsWithoutHubDetection() {
        Graph graph = expand(ExpansionRequest.of(campaign.seed())
                .withDatasets(INFRASTRUCTURE)
                .withoutHubDetection());

        assertThat(campaign.unrelatedShare(graph)).as(campaign.report(graph)).isGreaterThan(0.5);
        assertThat(campaign.hubTenants(graph))
                .as(campaign.report(graph))
                .hasSizeGreaterThan(5 * campaign.domains().size());
    }

    private static Graph expand(ExpansionRequest request) {
        return new Expander(
                        store.observations(),
                        ProfileLinks.none(),
                        new io.cairn.chain.ScoredReputations(new io.cairn.reputation.ReputationService(
                                store, io.cairn.reputation.ReputationConfig.DEFAULTS, java.time.Clock.systemUTC())))
                .expand(request);
    }

    /** A campaign of the ground truth: its seed domain, its domains and every artifact it owns. */
    record Campaign(String name, Artifact seed, Set<String> domains, Set<String> owned) {

        /** The first campaign of the file with a phishing domain, and the first such domain. */
        static Campaign firstPhishing(JsonNode truth) {
            for (JsonNode c : truth.path("campaigns")) {
                Set<String> domains = new HashSet<>();
                Set<String> owned = new HashSet<>();
                String seed = null;
                for (JsonNode a : c.path("artifacts")) {
                    String kind = a.path("kind").asText();
                    String value = a.path("value").asText();
                    owned.add(value);
                    if (kind.equals("domain")) {
                        domains.add(value);
                        if (seed == null && a.path("role").asText().equals("phishing")) {
                            seed = value;
                        }
                    }
                    if (kind.equals("whois-field") && value.startsWith("name-server:")) {
                        owned.add(value.substring("name-server:".length()));
                    }
                }
                if (seed != null) {
                    return new Campaign(
                            c.path("name").asText(), Artifact.of(ArtifactType.DOMAIN, seed), domains, owned);
                }
            }
            throw new AssertionError("the ground truth has no phishing campaign");
        }

        double foundShare(Graph graph) {
            return (double) domains.stream()
                            .filter(d -> graph.node(Artifact.of(ArtifactType.DOMAIN, d))
                                    .isPresent())
                            .count()
                    / domains.size();
        }

        /**
         * Nodes unrelated to the campaign: not its artifacts, not names under its domains, and not
         * attributes of its domains (a registrar or country they share with thousands still is
         * one: it shows as a hub). A tenant of its shared-hosting address is unrelated.
         */
        double unrelatedShare(Graph graph) {
            return (double) unrelated(graph).size() / graph.nodes().size();
        }

        List<String> unrelated(Graph graph) {
            Set<Artifact> attributes = new HashSet<>();
            for (GraphEdge edge : graph.edges()) {
                if (edge.subject().type() == ArtifactType.DOMAIN && owns(edge.subject())) {
                    attributes.add(edge.object());
                }
                if (edge.object().type() == ArtifactType.DOMAIN && owns(edge.object())) {
                    attributes.add(edge.subject());
                }
            }
            return graph.nodes().stream()
                    .map(GraphNode::artifact)
                    .filter(a -> !owns(a) && !attributes.contains(a))
                    .map(Artifact::toString)
                    .toList();
        }

        /**
         * Domains that are not the campaign's but share a hub with it: tenants of a crowded
         * address, customers of its registrar, registrants in the same country.
         */
        Set<Artifact> hubTenants(Graph graph) {
            Set<Artifact> hubs = new HashSet<>();
            for (GraphNode node : graph.nodes()) {
                if (node.degree() > ExpansionRequest.DEFAULT_HUB_THRESHOLD) {
                    hubs.add(node.artifact());
                }
            }
            Set<Artifact> tenants = new HashSet<>();
            for (GraphEdge edge : graph.edges()) {
                for (Artifact end : List.of(edge.subject(), edge.object())) {
                    Artifact other = edge.other(end);
                    if (hubs.contains(end) && other.type() == ArtifactType.DOMAIN && !owns(other)) {
                        tenants.add(other);
                    }
                }
            }
            return tenants;
        }

        private boolean owns(Artifact artifact) {
            String value = artifact.value();
            if (owned.contains(value)) {
                return true;
            }
            return artifact.type() == ArtifactType.DOMAIN && owned.stream().anyMatch(d -> value.endsWith("." + d));
        }

        String report(Graph graph) {
            List<String> unrelated = unrelated(graph);
            return name + " from " + seed + ": " + graph.nodes().size() + " nodes, " + unrelated.size()
                    + " unrelated, e.g. " + unrelated.subList(0, Math.min(15, unrelated.size()))
                    + "; campaign domains missed: "
                    + domains.stream()
                            .filter(d -> graph.node(Artifact.of(ArtifactType.DOMAIN, d))
                                    .isEmpty())
                            .toList();
        }
    }
}
