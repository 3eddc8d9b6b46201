package io.cairn.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.store.DatasetCount;
import io.cairn.store.Neighbourhood;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighboursTest {
    private static final Artifact HOST = domain("login-novabank.xyz");
    private static final Instant T = Instant.parse("2026-10-01T00:00:00Z");

    @Test
    void shouldFollowASmallSharedAddressToItsOtherTenants() {
        Artifact ip = Artifact.of(ArtifactType.IP, "176.123.4.5");
        Neighbourhood around = tenants(ip, 3, "a.xyz", "b.xyz", "login-novabank.xyz");

        Neighbours n = Neighbours.of(HOST, List.of(around), 25, 50);

        assertThat(n.neighbours()).extracting(o -> o.subject().value()).containsExactly("a.xyz", "b.xyz");
        assertThat(n.hubs()).isEmpty();
        assertThat(n.describe(1, 25)).isEqualTo("looked at 2 neighbours (at most 25) through 1 of 1 pivots");
    }

    @Test
    void shouldNotFollowAHubWhateverItsTenantsAre() {
        Artifact cdn = Artifact.of(ArtifactType.IP, "104.18.0.7");
        Artifact tracker = Artifact.of(ArtifactType.TRACKER, "GoogleAnalyticsTrackingId:UA-1-1");
        Neighbours n = Neighbours.of(
                HOST, List.of(tenants(cdn, 5000, "evil-1.xyz", "evil-2.xyz"), tenants(tracker, 2, "c.xyz")), 25, 50);

        assertThat(n.neighbours()).extracting(o -> o.subject().value()).containsExactly("c.xyz");
        assertThat(n.hubs()).containsExactly("ip:104.18.0.7 (5000 resolution tenants)");
        assertThat(n.describe(2, 25))
                .endsWith("through 1 of 2 pivots; hubs not followed: ip:104.18.0.7 (5000 resolution tenants)");
    }

    @Test
    void shouldLookAtNoMoreNeighboursThanTheBound() {
        Artifact ip = Artifact.of(ArtifactType.IP, "176.123.4.5");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("t" + i + ".xyz");
        }

        Neighbours n = Neighbours.of(HOST, List.of(tenants(ip, 30, names.toArray(String[]::new))), 10, 50);

        assertThat(n.neighbours()).hasSize(10);
    }

    private static Neighbourhood tenants(Artifact pivot, long degree, String... domains) {
        Dataset dataset = Pivots.dataset(pivot);
        List<Observation> edges = new ArrayList<>();
        for (String d : domains) {
            edges.add(Observation.of(domain(d), dataset, pivot, T, T, "pdns"));
        }
        return new Neighbourhood(pivot, edges, List.of(new DatasetCount(dataset, 0, degree)));
    }

    private static Artifact domain(String name) {
        return Artifact.of(ArtifactType.DOMAIN, name);
    }
}
