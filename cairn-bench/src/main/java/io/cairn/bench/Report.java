package io.cairn.bench;

import java.util.Locale;

/** The lines a driver prints: one per measurement, then the ratio to the baseline. */
final class Report {

    private Report() {}

    static void header(String driver, String dataset) {
        System.out.println("== " + driver + " ==");
        System.out.println("machine: " + Machine.describe());
        System.out.println("dataset: " + dataset);
    }

    static void cairn(String database, String unit, CairnImport.Result r) {
        System.out.printf(
                Locale.ROOT,
                "%-10s cairn import : %,d %s in %.1f s = %,.0f %s/s; %.1f s of CPU = %,.0f %s per CPU-second"
                        + " (%,d new, %,d merged, %,d rejected; %,d artifacts)%n",
                database,
                r.read(),
                unit,
                r.seconds(),
                r.read() / r.seconds(),
                unit,
                r.cpuSeconds(),
                r.read() / r.cpuSeconds(),
                unit,
                r.imported(),
                r.updated(),
                r.rejected(),
                r.artifacts());
    }

    static void baseline(String database, String loader, String unit, long rows, NativeLoader.Timing t) {
        System.out.printf(
                Locale.ROOT,
                "%-10s %-13s: %,d %s in %.1f s = %,.0f %s/s%s%n",
                database,
                loader,
                rows,
                unit,
                t.seconds(),
                rows / t.seconds(),
                unit,
                Double.isNaN(t.cpuSeconds())
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; %.1f s of CPU = %,.0f %s per CPU-second",
                                t.cpuSeconds(),
                                rows / t.cpuSeconds(),
                                unit));
    }

    /** Cairn's rate over the baseline's, per wall-clock second and, where both are known, per CPU-second. */
    static void ratio(
            String database, String unit, long cairnRows, CairnImport.Result cairn, long rows, NativeLoader.Timing t) {
        System.out.printf(
                Locale.ROOT,
                "%-10s ratio cairn/baseline (%s/s): %.2f wall%s%n",
                database,
                unit,
                (cairnRows / cairn.seconds()) / (rows / t.seconds()),
                Double.isNaN(t.cpuSeconds())
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                ", %.2f per CPU-second",
                                (cairnRows / cairn.cpuSeconds()) / (rows / t.cpuSeconds())));
    }
}
