package io.cairn.app;

import io.cairn.demo.DemoWorld;
import io.cairn.demo.FileSummary;
import io.cairn.demo.ProgressListener;
import io.cairn.demo.WorldSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a believable internet with hidden threat campaigns as files Cairn imports: passive DNS, "
                + "WHOIS (RDAP), Zeek ssl/x509/http logs, observation lines, blocklists, STIX and MISP intelligence, "
                + "sample logs and a ground truth. The same seed and scale always give the same files.",
        footer = {
            "",
            "Then: cairn import DIR/import   (DIR/logs holds CEF, syslog and DNS query logs for detections)",
        })
final class DemoGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--scale",
            defaultValue = "50000",
            description = "About how many observations to write (default: ${DEFAULT-VALUE}).")
    long scale;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "Directory to write into; files already there with the same names are replaced.")
    Path output;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show a progress bar (default: when the terminal is interactive).")
    @Nullable
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        if (scale < 1) {
            throw new ParameterException(spec.commandLine(), "--scale must be at least 1, not " + scale);
        }
        boolean show = progress != null ? progress : System.console() != null && !json;
        WorldSummary summary;
        try (ProgressBar bar = show ? bar(scale) : null) {
            ProgressListener listener = bar == null ? ProgressListener.none() : (written, total) -> bar.stepTo(written);
            summary = DemoWorld.generate(seed, scale, output, listener);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(summary));
        } else {
            out.println(String.format(
                    "Wrote %,d observations (seed %d) to %s; campaigns: %s",
                    summary.observations(), seed, output, String.join(", ", summary.campaigns())));
            for (FileSummary f : summary.files()) {
                out.println(String.format("  %-40s %-13s %,12d", f.path(), f.format(), f.records()));
            }
        }
        return ExitCodes.OK;
    }

    private static ProgressBar bar(long total) {
        return new ProgressBarBuilder()
                .setTaskName("demo")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .build();
    }
}
