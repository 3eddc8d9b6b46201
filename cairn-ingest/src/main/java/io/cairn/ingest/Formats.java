package io.cairn.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The formats an application knows, by name and by detection. */
public final class Formats {
    /** Bytes of decompressed content detection may look at. */
    public static final int HEAD_BYTES = 64 * 1024;

    private final List<Format> formats;

    public Formats(List<Format> formats) {
        this.formats = List.copyOf(formats);
        long distinct = this.formats.stream().map(Format::name).distinct().count();
        if (distinct != this.formats.size()) {
            throw new IllegalArgumentException("two formats share a name");
        }
    }

    public List<Format> all() {
        return formats;
    }

    public Optional<Format> named(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The format most sure of the input, if any is at all. */
    public Optional<Format> detect(String inputName, byte[] head) {
        return formats.stream()
                .filter(f -> f.detect(inputName, head) > 0)
                .max(Comparator.comparingInt(f -> f.detect(inputName, head)));
    }
}
