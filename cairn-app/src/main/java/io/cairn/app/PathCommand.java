package io.cairn.app;

import io.cairn.artifact.Artifact;
import io.cairn.chain.ExpansionRequest;
import io.cairn.chain.PathFinder;
import io.cairn.chain.PathRequest;
import io.cairn.chain.PathResult;
import io.cairn.observation.Dataset;
import io.cairn.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "path",
        mixinStandardHelpOptions = true,
        description = "Find the shortest paths between two artifacts over observations, each edge explained.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:at least one path was found",
            "1:no path within the depth",
            "2:bad command line, or A or B is not an artifact",
            "4:the store could not be read",
        })
final class PathCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "A", description = "One end.")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "The other end.")
    String to;

    @Option(names = "--depth", paramLabel = "N", description = "At most N edges, 1 to 8 (default: ${DEFAULT-VALUE}).")
    int depth = PathRequest.DEFAULT_DEPTH;

    @Option(
            names = "--datasets",
            split = ",",
            paramLabel = "DATASET",
            converter = ChainOptions.DatasetConverter.class,
            description = "Datasets to follow, comma-separated (default: all).")
    List<Dataset> datasets = List.of();

    @Option(
            names = "--since",
            paramLabel = "DATE",
            converter = ChainOptions.SinceConverter.class,
            description = "Only observations last seen on or after this day or time.")
    @Nullable
    Instant since;

    @Option(
            names = "--hub-threshold",
            paramLabel = "N",
            description = "Do not walk through nodes with more than N observations (default: ${DEFAULT-VALUE}).")
    long hubThreshold = ExpansionRequest.DEFAULT_HUB_THRESHOLD;

    @Option(names = "--expand-hubs", description = "Walk through hubs too.")
    boolean expandHubs;

    @Option(names = "--json", description = "Print the paths as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Artifact a = ChainOptions.artifact(spec, "A", from);
        Artifact b = ChainOptions.artifact(spec, "B", to);
        PathRequest request;
        try {
            request = new PathRequest(
                    a,
                    b,
                    depth,
                    Set.copyOf(datasets),
                    since,
                    ExpansionRequest.DEFAULT_FAN_OUT,
                    hubThreshold,
                    expandHubs,
                    PathRequest.DEFAULT_MAX_PATHS);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PathResult result;
        try (Store store = Stores.open(storeOptions)) {
            result = new PathFinder(store.observations()).find(request);
        }
        var view = GraphView.of(result);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(view));
        } else {
            GraphView.print(view, out);
        }
        return result.connected() ? ExitCodes.OK : ExitCodes.REJECTED;
    }
}
