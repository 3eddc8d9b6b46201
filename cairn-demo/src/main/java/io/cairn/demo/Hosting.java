package io.cairn.demo;

import java.time.Instant;

/** Where a name pointed for a while. */
record Hosting(Provider provider, String ip, Instant from, Instant to) {}
