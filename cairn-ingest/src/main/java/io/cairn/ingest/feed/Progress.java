package io.cairn.ingest.feed;

/** Hears how a feed run advances, for people watching: a step done and the records read so far. */
@FunctionalInterface
public interface Progress {
    void step(String feed, String step, long records);

    static Progress none() {
        return (feed, step, records) -> {};
    }
}
