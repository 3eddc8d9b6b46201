/**
 * MITRE ATT&CK: its STIX bundles, read like other STIX input (see {@code io.cairn.ingest.stix}), and
 * the Enterprise ATT&CK v18.1 bundle shipped as a resource with MITRE's terms of use.
 */
@NullMarked
package io.cairn.ingest.attack;

import org.jspecify.annotations.NullMarked;
