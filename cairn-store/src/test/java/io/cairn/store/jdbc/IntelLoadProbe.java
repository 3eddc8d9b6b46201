package io.cairn.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.document.Document;
import io.cairn.indicator.Tlp;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Times loading an ATT&CK bundle into a store: every object as a document, groups, software and
 * campaigns as profiles, attack-patterns as techniques, relationships as relations. A rough mapping
 * for timing only. Not a test: run by hand.
 *
 * <pre>
 * java -cp … io.cairn.store.jdbc.IntelLoadProbe enterprise-attack.json.gz [DATA_DIR | JDBC_URL]
 * </pre>
 */
public final class IntelLoadProbe {

    private IntelLoadProbe() {}

    public static void main(String[] args) throws Exception {
        JsonNode bundle;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            bundle = new ObjectMapper().readTree(in);
        }
        List<Document> documents = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        List<Technique> techniques = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            String type = object.path("type").asText();
            String id = object.path("id").asText();
            Instant modified = Instant.parse(object.path("modified").asText("2020-01-01T00:00:00Z"));
            boolean active = !object.path("revoked").asBoolean(false)
                    && !object.path("x_mitre_deprecated").asBoolean(false);
            documents.add(new Document(
                    "stix", id, null, "application/stix+json", object.toString(), null, modified, "mitre-attack"));
            String externalId = object.path("external_references")
                    .path(0)
                    .path("external_id")
                    .asText(null);
            switch (type) {
                case "intrusion-set", "malware", "tool", "campaign" -> {
                    Set<String> aliases = new LinkedHashSet<>();
                    object.path(type.equals("intrusion-set") || type.equals("campaign") ? "aliases" : "x_mitre_aliases")
                            .forEach(a -> aliases.add(a.asText()));
                    ProfileKind kind =
                            type.equals("malware") || type.equals("tool") ? ProfileKind.TOOL : ProfileKind.ACTOR;
                    profiles.add(new Profile(
                            kind,
                            object.path("name").asText(),
                            type,
                            "mitre-attack",
                            id,
                            externalId,
                            aliases,
                            null,
                            object.path("description").asText(null),
                            null,
                            Set.of(),
                            Set.of(),
                            null,
                            active,
                            modified,
                            Tlp.CLEAR));
                }
                case "attack-pattern" -> {
                    if (externalId != null && externalId.matches("T\\d{4}(\\.\\d{3})?")) {
                        List<String> tactics = new ArrayList<>();
                        object.path("kill_chain_phases")
                                .forEach(p -> tactics.add(p.path("phase_name").asText()));
                        techniques.add(new Technique(
                                externalId,
                                object.path("name").asText(),
                                id,
                                tactics,
                                object.path("description").asText(null),
                                active,
                                "mitre-attack"));
                    }
                }
                case "relationship" ->
                    relations.add(new Relation(
                            id,
                            object.path("source_ref").asText(),
                            object.path("relationship_type").asText(),
                            object.path("target_ref").asText(),
                            "mitre-attack",
                            object.path("description").asText(null),
                            active,
                            modified));
                default -> {}
            }
        }
        String target = args.length > 1
                ? args[1]
                : Files.createTempDirectory("cairn-intel-probe").toString();
        try (JdbcStore store = target.startsWith("jdbc:") ? JdbcStore.open(target) : JdbcStore.open(Path.of(target))) {
            store.migrate();
            for (int round = 1; round <= 2; round++) {
                System.out.println("round " + round);
                time("documents", () -> store.documents().bulkLoad(documents.iterator(), BulkListener.none()));
                time("profiles", () -> store.profiles().loadProfiles(profiles.iterator(), BulkListener.none()));
                time("techniques", () -> store.profiles().loadTechniques(techniques.iterator(), BulkListener.none()));
                time("relations", () -> store.profiles().loadRelations(relations.iterator(), BulkListener.none()));
            }
            System.out.println(store.stats().profilesPerKind() + " "
                    + store.profiles().ambiguities().size() + " ambiguities");
        }
    }

    private static void time(String what, Supplier<BulkSummary> load) {
        // CPU time too: on a shared machine wall time says more about the neighbours than the load.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        BulkSummary summary = load.get();
        System.out.printf(
                Locale.ROOT,
                "  %-10s %s in %.2f s wall, %.2f s CPU%n",
                what,
                summary,
                (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
}
