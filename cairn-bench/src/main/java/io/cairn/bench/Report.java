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
                "%-10s cairn import : %,d %s in %.1f s = %,.0f %s/s (%,d new, %,d merged, %,d rejected; %,d artifacts)%n",
                database,
                r.read(),
                unit,
                r.seconds(),
                r.read() / r.seconds(),
                unit,
                r.imported(),
                r.updated(),
                r.rejected(),
                r.artifacts());
    }

    static void baseline(String database, String loader, String unit, long rows, double seconds) {
        System.out.printf(
                Locale.ROOT,
                "%-10s %-13s: %,d %s in %.1f s = %,.0f %s/s%n",
                database,
                loader,
                rows,
                unit,
                seconds,
                rows / seconds,
                unit);
    }

    static void ratio(String database, String unit, double cairnRate, long baselineRows, double baselineSeconds) {
        System.out.printf(
                Locale.ROOT,
                "%-10s ratio cairn/baseline (%s/s): %.2f%n",
                database,
                unit,
                cairnRate / (baselineRows / baselineSeconds));
    }
}
