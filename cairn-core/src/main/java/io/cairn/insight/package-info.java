/**
 * Analyst insights: short facts about an artifact worth a glance (blocklisted when and how often,
 * registration age, subdomains, shared registrants and name servers, Tor exits, open ports,
 * sinkholes...), each computed from the store with bounded reads and carrying its evidence.
 */
@NullMarked
package io.cairn.insight;

import org.jspecify.annotations.NullMarked;
