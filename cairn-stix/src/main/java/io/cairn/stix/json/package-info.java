/**
 * Reading and writing STIX 2.1 JSON as streams: a bundle, a top-level array of objects, or a
 * single object is read one object at a time (a bundle's {@code objects} array is never held in
 * memory), and objects are written into a bundle as they come.
 *
 * <p>Entry points: {@link io.cairn.stix.json.StixReader}, {@link io.cairn.stix.json.BundleWriter}.
 */
@NullMarked
package io.cairn.stix.json;

import org.jspecify.annotations.NullMarked;
