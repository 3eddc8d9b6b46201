/**
 * Finished intelligence: intel profiles of actors and tools, ATT&CK techniques, the relations
 * between them and to indicators, and articles. Records here say what one source asserts; the
 * store merges what several sources say about the same actor or tool.
 */
@NullMarked
package io.cairn.intel;

import org.jspecify.annotations.NullMarked;
