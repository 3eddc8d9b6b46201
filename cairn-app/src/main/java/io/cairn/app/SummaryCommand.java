package io.cairn.app;

import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.insight.InsightConfig;
import io.cairn.insight.InsightService;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.summary.ArtifactSummary;
import io.cairn.summary.ProjectLookup;
import io.cairn.summary.SummaryService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "Show an artifact's summary: reputation with the rules that fired and those that did not, "
                + "analyst insights, header facts, profiles, articles, tags and observation counts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the summary was shown",
            "1:the input is not an artifact (the reason is printed)",
            "2:bad command line or reputation settings",
            "4:the store could not be read",
        })
final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(
            names = "--reputation-config",
            paramLabel = "FILE",
            description = "Reputation and insight settings (Java properties; keys in docs/reputation.md).")
    @Nullable
    Path reputationConfig;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The artifact, defanged or not.")
    String[] words;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParseResult parsed = Artifacts.parse(String.join(" ", words));
        if (parsed instanceof ParseResult.NotAnArtifact no) {
            err.println("cairn: not an artifact: " + no.reason());
            return ExitCodes.REJECTED;
        }
        Properties settings;
        ReputationConfig reputation;
        InsightConfig insights;
        try {
            settings = settings(reputationConfig);
            reputation = ReputationConfig.from(settings);
            insights = InsightConfig.from(settings);
        } catch (IOException | IllegalArgumentException e) {
            err.println("cairn: --reputation-config " + reputationConfig + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ArtifactSummary summary;
        try (var store = Stores.open(storeOptions)) {
            Clock clock = Clock.systemUTC();
            summary = new SummaryService(
                            store,
                            new ReputationService(store, reputation, clock),
                            new InsightService(store, insights, clock),
                            ProjectLookup.NONE)
                    .summarize(((ParseResult.Parsed) parsed).artifact());
        }
        out.println(json ? Json.write(SummaryView.of(summary)) : SummaryText.render(summary));
        return ExitCodes.OK;
    }

    /** The settings file, or no settings (every default) without one. */
    static Properties settings(@Nullable Path file) throws IOException {
        Properties properties = new Properties();
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
