/** What sources assert about artifacts: versioned indicators with confidence, TLP and validity. */
@NullMarked
package io.cairn.indicator;

import org.jspecify.annotations.NullMarked;
