package io.cairn.bench;

/** Command-line chores shared by the latency drivers. */
final class Cli {

    private Cli() {}

    /** The options, or a one-line message and exit status 2 for a bad command line. */
    static LatencyOptions options(String[] args, int defaultIterations, int defaultWarmup) {
        try {
            return LatencyOptions.parse(args, defaultIterations, defaultWarmup);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e;
        }
    }
}
