package io.cairn.app;

import io.cairn.artifact.Artifact;
import io.cairn.chain.Expander;
import io.cairn.chain.ExpansionRequest;
import io.cairn.chain.Graph;
import io.cairn.chain.ProfileLinks;
import io.cairn.chain.SavedGraphs;
import io.cairn.chain.ScoredReputations;
import io.cairn.ingest.export.GraphCsvExporter;
import io.cairn.ingest.export.GraphStixExporter;
import io.cairn.observation.Dataset;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.store.Project;
import io.cairn.store.ProjectOutcome;
import io.cairn.store.SavedGraph;
import io.cairn.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "pivot",
        mixinStandardHelpOptions = true,
        description = "Expand the infrastructure around an artifact: breadth-first over observations in both "
                + "directions, hubs shown but not expanded, nodes ordered by how strongly they are tied to it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the graph was built (and saved or exported, if asked)",
            "1:the graph could not be saved: unknown user or project",
            "2:bad command line, or ARTIFACT is not an artifact",
            "4:the store could not be read",
        })
final class PivotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ARTIFACT", description = "Where to start: a domain, IP, hash, tracker …")
    String seed;

    @Option(names = "--depth", paramLabel = "N", description = "Hops to take, 1 to 6 (default: ${DEFAULT-VALUE}).")
    int depth = ExpansionRequest.DEFAULT_DEPTH;

    @Option(
            names = "--datasets",
            split = ",",
            paramLabel = "DATASET",
            converter = ChainOptions.DatasetConverter.class,
            description = "Datasets to follow, comma-separated (default: all): resolution, dns-record, whois, "
                    + "certificate, tracker, …")
    List<Dataset> datasets = List.of();

    @Option(
            names = "--since",
            paramLabel = "DATE",
            converter = ChainOptions.SinceConverter.class,
            description = "Only observations last seen on or after this day (2025-01-01) or time.")
    @Nullable
    Instant since;

    @Option(names = "--max-nodes", paramLabel = "N", description = "Keep at most N nodes (default: ${DEFAULT-VALUE}).")
    int maxNodes = ExpansionRequest.DEFAULT_MAX_NODES;

    @Option(
            names = "--fan-out",
            paramLabel = "N",
            description = "Follow at most N edges per node (default: ${DEFAULT-VALUE}).")
    int fanOut = ExpansionRequest.DEFAULT_FAN_OUT;

    @Option(
            names = "--hub-threshold",
            paramLabel = "N",
            description = "A node with more than N observations is a hub (default: ${DEFAULT-VALUE}).")
    long hubThreshold = ExpansionRequest.DEFAULT_HUB_THRESHOLD;

    @Option(names = "--expand-hubs", description = "Expand hubs too.")
    boolean expandHubs;

    @Option(names = "--json", description = "Print the graph as JSON.")
    boolean json;

    @Option(names = "--save", paramLabel = "PROJECT/NAME", description = "Save the graph in a project under a name.")
    @Nullable
    String save;

    @Option(names = "--user", paramLabel = "USER", description = "Who saves (default: the operating-system user).")
    @Nullable
    String user;

    @Option(names = "--stix", paramLabel = "FILE", description = "Also write the graph as a STIX 2.1 bundle.")
    @Nullable
    Path stix;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the graph as CSV, one row per edge.")
    @Nullable
    Path csv;

    @Override
    public Integer call() throws IOException {
        Artifact artifact = ChainOptions.artifact(spec, "ARTIFACT", seed);
        ExpansionRequest request;
        try {
            request = new ExpansionRequest(
                    artifact,
                    depth,
                    Set.copyOf(datasets),
                    since,
                    maxNodes,
                    fanOut,
                    hubThreshold,
                    expandHubs,
                    ExpansionRequest.DEFAULT_PROFILE_LOOKUPS);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        try (Store store = Stores.open(storeOptions)) {
            Graph graph = new Expander(
                            store.observations(),
                            ProfileLinks.from(store.profiles()),
                            new ScoredReputations(
                                    new ReputationService(store, ReputationConfig.DEFAULTS, Clock.systemUTC())))
                    .expand(request);
            SavedGraph.Draft draft = SavedGraphs.draft(
                    graph, save == null ? GraphView.name(artifact) : ProjectRef.graph(spec, save)[1], null, Map.of());
            if (save != null) {
                String[] target = ProjectRef.graph(spec, save);
                Project project = ProjectRef.project(spec, store.projects(), target[0]);
                ProjectOutcome<SavedGraph> saved =
                        store.projects().saveGraph(project.id(), draft, ProjectRef.user(user));
                if (!(saved instanceof ProjectOutcome.Done<SavedGraph>)) {
                    spec.commandLine().getErr().println("cairn: graph not saved: " + ProjectRef.refusal(saved));
                    return ExitCodes.REJECTED;
                }
            }
            if (stix != null) {
                write(stix, o -> new GraphStixExporter().write(draft, o));
            }
            if (csv != null) {
                write(csv, o -> new GraphCsvExporter().write(draft, o));
            }
            GraphView view = GraphView.of(graph);
            if (json) {
                out.println(Json.write(view));
            } else {
                view.print(out);
                if (save != null) {
                    out.println();
                    out.println("Saved as " + save + ".");
                }
            }
        }
        return ExitCodes.OK;
    }

    interface Export {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path file, Export export) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(out);
        }
    }
}
