package io.cairn.app;

import picocli.CommandLine;

/** The version written into the jar's manifest by the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cairn " + version(), "Java " + Runtime.version()};
    }
}
