/** Artifact types, detection, refanging, canonical forms, classification and IOC extraction. */
@NullMarked
package io.cairn.artifact;

import org.jspecify.annotations.NullMarked;
