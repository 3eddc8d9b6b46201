/**
 * Cairn's own observation lines: one JSON object per line with {@code subject} and {@code object}
 * as typed artifacts ({@code type:value}, as in {@code domain:shop.example.com} or {@code
 * tracker:GoogleAnalyticsTrackingId:UA-12345-1}), a {@code dataset}, {@code first_seen} and {@code
 * last_seen} (RFC 3339), and optionally {@code count} (default 1), {@code source} (default the
 * import's) and {@code attributes} (string values). They carry the datasets no outside format
 * does: trackers, components, cookies, services and host pairs.
 *
 * <p>The subject and object must be of the types their dataset relates (a tracker observation goes
 * from a domain, an address or a URL to a tracker); a service's object is a keyword {@code
 * port/protocol}, as in {@code keyword:443/tcp}. Unknown fields are skipped.
 */
@NullMarked
package io.cairn.ingest.observations;

import org.jspecify.annotations.NullMarked;
