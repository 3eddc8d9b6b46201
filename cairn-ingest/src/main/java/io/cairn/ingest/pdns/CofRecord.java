package io.cairn.ingest.pdns;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One COF line as read: {@code rdata} always a list, times resolved to one window, {@code rrtype}
 * an upper-case mnemonic. Checked where it is read ({@link CofParser}); this only carries it.
 */
record CofRecord(
        String rrname,
        String rrtype,
        List<String> rdata,
        boolean rdataIsArray,
        Instant firstSeen,
        Instant lastSeen,
        long count,
        @Nullable String sensorId,
        @Nullable String bailiwick) {}
