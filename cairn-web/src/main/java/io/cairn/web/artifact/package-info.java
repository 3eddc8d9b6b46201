/** REST routes about one artifact: its data tabs, indicators, articles and profiles. */
@NullMarked
package io.cairn.web.artifact;

import org.jspecify.annotations.NullMarked;
