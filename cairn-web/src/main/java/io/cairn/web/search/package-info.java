/** The one search box over REST. */
@NullMarked
package io.cairn.web.search;

import org.jspecify.annotations.NullMarked;
