/** REST routes for infrastructure chaining: pivots, expansions, paths and graphs saved in projects. */
@NullMarked
package io.cairn.web.graph;

import org.jspecify.annotations.NullMarked;
