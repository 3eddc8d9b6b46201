/**
 * Outbound HTTP for feeds: every fetch passes the {@link io.cairn.net.TargetGuard}, has a timeout
 * and a size limit, and is retried with backoff when the server or the network falters.
 */
@NullMarked
package io.cairn.ingest.http;

import org.jspecify.annotations.NullMarked;
