/** The composition root: the {@code cairn} command line, configuration and wiring. */
@NullMarked
package io.cairn.app;

import org.jspecify.annotations.NullMarked;
