/**
 * Telemetry facts: an {@link io.cairn.observation.Observation} links two artifacts through a
 * {@link io.cairn.observation.Dataset} with first/last seen, a count and the sources that saw it.
 */
@NullMarked
package io.cairn.observation;

import org.jspecify.annotations.NullMarked;
