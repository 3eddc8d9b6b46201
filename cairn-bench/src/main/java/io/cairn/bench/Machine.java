package io.cairn.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** What the figures were measured on. */
final class Machine {

    private Machine() {}

    /** CPU time of this process so far, all threads. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String describe() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                Locale.ROOT,
                "%d cores, %.1f GiB memory, %s %s, JDK %s (%s), max heap %.1f GiB",
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (double) (1L << 30),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30));
    }
}
