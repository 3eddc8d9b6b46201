/**
 * Infrastructure chaining: pivots on one artifact, breadth-first expansion over observations with
 * fan-out caps and hub detection, tie strength to the seed, and shortest paths between two
 * artifacts. Every store read is one batched neighbourhood call per hop.
 */
@NullMarked
package io.cairn.chain;

import org.jspecify.annotations.NullMarked;
