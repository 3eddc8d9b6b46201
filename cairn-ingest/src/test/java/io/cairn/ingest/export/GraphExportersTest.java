package io.cairn.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.stix.Scos;
import io.cairn.stix.StixObject;
import io.cairn.stix.json.ReadResult;
import io.cairn.stix.json.StixReader;
import io.cairn.stix.validate.StixValidator;
import io.cairn.store.SavedGraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphExportersTest {
    private static final Artifact SEED = Artifact.of(ArtifactType.DOMAIN, "paypal-login.top");
    private static final Artifact ADDRESS = Artifact.of(ArtifactType.IP, "198.51.100.7");
    private static final Artifact TRACKER =
            Artifact.of(ArtifactType.TRACKER, "GoogleAnalyticsTrackingId:UA-12345678-1");
    private static final Artifact REGISTRANT = Artifact.of(ArtifactType.WHOIS_FIELD, "email:heron.123@example.net");
    private static final Instant FIRST = Instant.parse("2025-01-02T00:00:00Z");
    private static final Instant LAST = Instant.parse("2025-03-04T00:00:00Z");

    private static final SavedGraph.Draft GRAPH = new SavedGraph.Draft(
            "heron",
            List.of(node(SEED, 0), node(ADDRESS, 1), node(TRACKER, 1), node(REGISTRANT, 1)),
            List.of(
                    edge(SEED, Dataset.RESOLUTION, ADDRESS, "paypal-login.top resolved to 198.51.100.7 (A), 12 times"),
                    edge(SEED, Dataset.TRACKER, TRACKER, "paypal-login.top embeds tracker \"UA-12345678-1\", 1 time"),
                    edge(SEED, Dataset.WHOIS, REGISTRANT, "paypal-login.top is registered with a, b")),
            null,
            Map.of());

    @Test
    void shouldExportObservablesWithDeterministicIdsAndExplainedRelationshipsThatPassTheExportChecks()
            throws IOException {
        List<StixObject> objects = stix(GRAPH);

        assertThat(objects)
                .allSatisfy(o -> assertThat(StixValidator.forExport().validate(o))
                        .as(o.toString())
                        .isEmpty());
        assertThat(objects)
                .extracting(StixObject::type)
                .containsExactly(
                        "identity",
                        "domain-name",
                        "ipv4-addr",
                        "x-cairn-artifact",
                        "x-cairn-artifact",
                        "relationship",
                        "relationship",
                        "relationship");
        assertThat(objects.get(1).id()).isEqualTo(Scos.of(SEED).orElseThrow().id());
        StixObject resolves = objects.get(5);
        assertThat(resolves.relationshipType()).contains("resolves-to");
        assertThat(resolves.sourceRef()).contains(objects.get(1).id());
        assertThat(resolves.targetRef()).contains(objects.get(2).id());
        assertThat(resolves.description()).contains("paypal-login.top resolved to 198.51.100.7 (A), 12 times");
        assertThat(objects.get(3).string("value")).contains("GoogleAnalyticsTrackingId:UA-12345678-1");
    }

    @Test
    void shouldGiveTheSameObjectsEveryTime() throws IOException {
        assertThat(stix(GRAPH))
                .extracting(StixObject::canonicalJson)
                .containsExactlyElementsOf(
                        stix(GRAPH).stream().map(StixObject::canonicalJson).toList());
    }

    @Test
    void shouldWriteOneCsvRowPerEdgeQuotingWhatNeedsIt() throws IOException {
        var out = new ByteArrayOutputStream();

        ExportSummary summary = new GraphCsvExporter().write(GRAPH, out);

        assertThat(summary.exported()).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n"))
                .containsExactly(
                        "subject_type,subject,dataset,object_type,object,direction,first_seen,last_seen,count,why",
                        "domain,paypal-login.top,resolution,ip,198.51.100.7,forward,2025-01-02T00:00:00.000Z,"
                                + "2025-03-04T00:00:00.000Z,12,\"paypal-login.top resolved to 198.51.100.7 (A), 12 times\"",
                        "domain,paypal-login.top,tracker,tracker,GoogleAnalyticsTrackingId:UA-12345678-1,forward,"
                                + "2025-01-02T00:00:00.000Z,2025-03-04T00:00:00.000Z,12,"
                                + "\"paypal-login.top embeds tracker \"\"UA-12345678-1\"\", 1 time\"",
                        "domain,paypal-login.top,whois,whois-field,email:heron.123@example.net,forward,"
                                + "2025-01-02T00:00:00.000Z,2025-03-04T00:00:00.000Z,12,"
                                + "\"paypal-login.top is registered with a, b\"");
    }

    private static List<StixObject> stix(SavedGraph.Draft graph) throws IOException {
        var out = new ByteArrayOutputStream();
        ExportSummary summary = new GraphStixExporter().write(graph, out);
        assertThat(summary.skippedTotal()).isZero();
        try (StixReader reader = StixReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            List<ReadResult> results = reader.stream().toList();
            assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Read.class));
            return results.stream().map(r -> ((ReadResult.Read) r).object()).toList();
        }
    }

    private static SavedGraph.Node node(Artifact artifact, int depth) {
        return new SavedGraph.Node(artifact, depth, "Unknown", List.of(), false, 1, 1.0);
    }

    private static SavedGraph.Edge edge(Artifact subject, Dataset dataset, Artifact object, String why) {
        return new SavedGraph.Edge(subject, dataset, object, "FORWARD", FIRST, LAST, 12, why);
    }
}
