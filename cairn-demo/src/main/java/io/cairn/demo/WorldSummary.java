package io.cairn.demo;

import java.util.List;

/**
 * What a generation wrote: the seed and scale asked for, the observations written (the scale is
 * met to within one site's records), every file, and the campaigns hidden in the world.
 */
public record WorldSummary(long seed, long scale, long observations, List<FileSummary> files, List<String> campaigns) {
    public WorldSummary {
        files = List.copyOf(files);
        campaigns = List.copyOf(campaigns);
    }

    /** The ground truth's path, relative to the world's directory. */
    public static final String GROUND_TRUTH = "ground-truth.json";

    /** The directory, relative to the world's, that holds everything {@code cairn import} reads. */
    public static final String IMPORT_DIRECTORY = "import";
}
