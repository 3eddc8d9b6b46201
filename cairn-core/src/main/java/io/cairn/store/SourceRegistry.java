package io.cairn.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Configured feeds. Sources that imports only credit (a file imported with {@code --source}) are
 * not feeds and are not listed; configuring one with the same name turns it into a feed.
 */
public interface SourceRegistry {

    /** Adds a feed, or replaces the configuration of one; its watermark, counts and history stay. */
    void save(Source source);

    Optional<Source> find(String name);

    /** Every feed, by name. */
    List<Source> list();

    /**
     * Stops treating {@code name} as a feed. What it imported stays credited to it. False when no
     * feed has that name.
     */
    boolean remove(String name);

    /** Records a run that imported everything: moves the watermark (when not null) and adds the counts. */
    void recordSuccess(String name, Instant at, @Nullable String watermark, long read, long stored);

    /** Records a failed run: the error and its time; the watermark stays where it was. */
    void recordFailure(String name, Instant at, String error, long read, long stored);
}
