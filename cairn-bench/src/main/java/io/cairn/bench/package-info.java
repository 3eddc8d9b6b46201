/**
 * Benchmarks: end-to-end import drivers (plain main classes, run by {@code scripts/bench}) that
 * generate a seeded dataset, import it through the real importer and measure the database's own
 * bulk loader on the same rows; and JMH micro-benchmarks of the hot parsing paths.
 */
@NullMarked
package io.cairn.bench;

import org.jspecify.annotations.NullMarked;
