/** REST routes for finished intelligence: articles and intel profiles of actors and tools. */
@NullMarked
package io.cairn.web.intel;

import org.jspecify.annotations.NullMarked;
