package io.cairn.app;

/** Exit codes that mean something to scripts. */
final class ExitCodes {
    static final int OK = 0;
    /** The input was read but (some of it) is not what the command takes: not an artifact, a bad record. */
    static final int REJECTED = 1;
    /** Picocli's code for a bad command line. */
    static final int USAGE = 2;
    /** A feed could not be fetched or imported; the others still ran. */
    static final int FEED_FAILED = 3;
    /** The store could not be opened or answered with an error. */
    static final int STORE = 4;
    /** Anything else: a bug. */
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
