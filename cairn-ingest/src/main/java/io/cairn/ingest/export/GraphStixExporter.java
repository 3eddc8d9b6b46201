package io.cairn.ingest.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.stix.Sco;
import io.cairn.stix.Scos;
import io.cairn.stix.StixIds;
import io.cairn.stix.StixObject;
import io.cairn.stix.StixTimestamps;
import io.cairn.stix.json.BundleWriter;
import io.cairn.stix.validate.StixValidator;
import io.cairn.store.SavedGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A graph as a STIX 2.1 bundle: Cairn's identity, a cyber-observable per node (its deterministic
 * id, so the same artifact is the same object in every export) and a relationship per edge, its
 * description saying why the edge exists. Artifacts STIX has no observable for (trackers, WHOIS
 * fields, components, cookies, keywords, CVEs) become {@code x-cairn-artifact} objects.
 */
public final class GraphStixExporter {

    /** The object failed {@link StixValidator#forExport()}; never written. */
    public static final String INVALID = "invalid-stix";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CUSTOM = "x-cairn-artifact";

    private final StixValidator validator = StixValidator.forExport();

    public ExportSummary write(SavedGraph.Draft graph, OutputStream out) throws IOException {
        var tally = new ExportSummary.Tally("stix");
        Map<Artifact, String> ids = new HashMap<>();
        try (BundleWriter bundle = BundleWriter.open(out)) {
            bundle.write(StixIndicators.CAIRN);
            for (SavedGraph.Node node : graph.nodes()) {
                StixObject sco = observable(node.artifact());
                if (write(bundle, sco, tally)) {
                    ids.put(node.artifact(), sco.id());
                }
            }
            for (SavedGraph.Edge edge : graph.edges()) {
                String source = ids.get(edge.subject());
                String target = ids.get(edge.object());
                if (source == null || target == null) {
                    tally.skipped(INVALID);
                    continue;
                }
                write(bundle, relationship(edge, source, target), tally);
            }
        }
        out.flush();
        return tally.summary();
    }

    private boolean write(BundleWriter bundle, StixObject object, ExportSummary.Tally tally) throws IOException {
        if (!validator.validate(object).isEmpty()) {
            tally.skipped(INVALID);
            return false;
        }
        bundle.write(object);
        tally.exported();
        return true;
    }

    static StixObject observable(Artifact artifact) {
        Sco sco = Scos.of(artifact)
                .orElseGet(() ->
                        new Sco(CUSTOM, Map.of("artifact_type", artifact.type().id(), "value", artifact.value())));
        ObjectNode json = MAPPER.createObjectNode()
                .put("type", sco.type())
                .put("spec_version", "2.1")
                .put("id", sco.id());
        sco.properties().forEach((name, value) -> json.set(name, MAPPER.valueToTree(value)));
        return new StixObject(json);
    }

    static StixObject relationship(SavedGraph.Edge edge, String source, String target) {
        String type = relationshipType(edge.dataset());
        ObjectNode json = MAPPER.createObjectNode()
                .put("type", "relationship")
                .put("spec_version", "2.1")
                .put(
                        "id",
                        StixIds.deterministic(
                                "relationship",
                                StixIds.CAIRN_NAMESPACE,
                                Map.of("source_ref", source, "relationship_type", type, "target_ref", target)))
                .put("created_by_ref", StixIndicators.CAIRN.id())
                .put("created", StixTimestamps.format(edge.firstSeen()))
                .put("modified", StixTimestamps.format(edge.lastSeen()))
                .put("relationship_type", type)
                .put("description", edge.why())
                .put("source_ref", source)
                .put("target_ref", target)
                .put("start_time", StixTimestamps.format(edge.firstSeen()));
        if (edge.lastSeen().isAfter(edge.firstSeen())) {
            json.put("stop_time", StixTimestamps.format(edge.lastSeen()));
        }
        return new StixObject(json);
    }

    /** STIX's own {@code resolves-to} where it has one; otherwise the dataset's relation, hyphenated. */
    static String relationshipType(Dataset dataset) {
        return switch (dataset) {
            case RESOLUTION -> "resolves-to";
            case DNS_RECORD -> "has-dns-record";
            case REVERSE_DNS -> "reverse-resolves-to";
            case WHOIS -> "registered-with";
            case CERTIFICATE -> "served-certificate";
            case TRACKER -> "embeds-tracker";
            case COMPONENT -> "runs-component";
            case HOST_PAIR -> "links-to";
            case COOKIE -> "sets-cookie";
            case SERVICE -> "offers-service";
        };
    }
}
