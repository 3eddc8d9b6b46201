package io.cairn.ingest.pdns;

import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import org.jspecify.annotations.Nullable;

/**
 * Remembers recent parses, since passive DNS repeats names and addresses line after line (the
 * same name servers, mail exchangers, shared hosting addresses) and parsing with the public suffix
 * list costs more than the JSON around it. Direct-mapped: a clash simply replaces the older entry.
 */
final class ArtifactCache {
    // About 24 MiB when full: enough for the hubs of a large dump, small beside its import.
    private static final int SLOTS = 1 << 20;

    private final @Nullable String[] keys = new String[SLOTS];
    private final @Nullable ArtifactType[] types = new ArtifactType[SLOTS];
    private final @Nullable ParseResult[] results = new ParseResult[SLOTS];

    ParseResult parse(ArtifactType type, String text) {
        int h = text.hashCode() * 31 + type.ordinal();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        ParseResult cached = results[slot];
        if (cached != null && types[slot] == type && text.equals(keys[slot])) {
            return cached;
        }
        ParseResult parsed = Artifacts.parse(type, text);
        keys[slot] = text;
        types[slot] = type;
        results[slot] = parsed;
        return parsed;
    }
}
