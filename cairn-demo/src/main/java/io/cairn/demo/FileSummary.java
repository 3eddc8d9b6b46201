package io.cairn.demo;

/**
 * One file of a generated world: its path relative to the world's directory, the format it is
 * written in (an import format name where Cairn reads it), what it is for, and how many records
 * (lines, rows, objects or events) it holds.
 */
public record FileSummary(String path, String format, Purpose purpose, long records) {
    /** What a file is for: to import, to run detections over, or to check results against. */
    public enum Purpose {
        IMPORT,
        LOG,
        GROUND_TRUTH
    }
}
