package io.cairn.app;

import io.cairn.net.TargetGuard;
import picocli.CommandLine.Option;

/** Which internal addresses feeds may reach; public ones only unless one of these says otherwise. */
final class GuardOptions {
    @Option(
            names = "--allow-loopback",
            description = "Let feeds fetch from loopback addresses (a feed served on this machine).")
    boolean loopback;

    @Option(
            names = "--allow-private",
            description = "Let feeds fetch from private and link-local addresses (a feed inside the network).")
    boolean privateNetworks;

    TargetGuard guard() {
        return new TargetGuard(loopback, privateNetworks);
    }
}
