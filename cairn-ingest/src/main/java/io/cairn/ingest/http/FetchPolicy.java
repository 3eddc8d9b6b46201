package io.cairn.ingest.http;

import java.time.Duration;

/**
 * Limits of one fetch.
 *
 * @param timeout for the whole response, per attempt
 * @param maxBytes largest body accepted, after decompression
 * @param attempts tries in all before giving up on 5xx, 429 and network errors
 * @param backoff wait before the first retry; doubled for each further one
 * @param maxRetryAfter longest {@code Retry-After} honoured; a longer one fails the fetch
 */
public record FetchPolicy(Duration timeout, long maxBytes, int attempts, Duration backoff, Duration maxRetryAfter) {

    public static final FetchPolicy DEFAULTS =
            new FetchPolicy(Duration.ofSeconds(60), 256L << 20, 4, Duration.ofSeconds(2), Duration.ofMinutes(5));

    public FetchPolicy {
        if (attempts < 1 || maxBytes < 1 || timeout.isNegative() || timeout.isZero() || backoff.isNegative()) {
            throw new IllegalArgumentException("a fetch needs a positive timeout, size limit and attempt count");
        }
    }

    Duration backoffBefore(int retry) {
        return backoff.multipliedBy(1L << Math.min(retry - 1, 16));
    }
}
