package io.cairn.bench;

import java.util.Locale;

/**
 * Driver {@code build-data}: builds (or finds) the world the latency drivers measure, and reports how
 * long the build took. The other latency drivers build it too when it is missing.
 */
public final class BuildData {

    private BuildData() {}

    public static void main(String[] args) throws Exception {
        run(Cli.options(args, 1, 0));
    }

    static void run(LatencyOptions options) throws Exception {
        Report.header("build-data", options.shape().describe());
        BenchData.Built built = BenchData.ensure(options.data(), options.shape());
        System.out.printf(
                Locale.ROOT,
                "build: %.1f s%s, %s%n",
                built.buildSeconds(),
                built.reused() ? " (an earlier run's build, reused)" : "",
                Files2.size(built.file()));
    }
}
