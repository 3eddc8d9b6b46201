package io.cairn.ingest.stix;

import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.stix.json.ReadResult;
import io.cairn.stix.json.StixReader;

/**
 * The records of a STIX input: one per object. Objects the STIX reader finds malformed are rejected
 * where their first problem is; input it cannot read any further ends the stream.
 */
final class StixRecords implements RecordReader {
    private final String input;
    private final StixReader reader;
    private final StixObjects objects;

    StixRecords(String input, StixReader reader, StixObjects objects) {
        this.input = input;
        this.reader = reader;
        this.objects = objects;
    }

    @Override
    public boolean hasNext() {
        return reader.hasNext();
    }

    @Override
    public Read next() {
        return switch (reader.next()) {
            case ReadResult.Read read -> objects.read(read.path(), read.object());
            case ReadResult.Malformed malformed ->
                Read.rejected(
                        Position.path(input, malformed.position().line(), malformed.problemPath()),
                        (malformed.objectId() == null ? "" : malformed.objectId() + ": ") + malformed.reason());
            case ReadResult.Unreadable unreadable ->
                throw new FormatException(
                        Position.path(input, unreadable.position().line(), unreadable.path()),
                        unreadable.reason() + " (" + unreadable.position() + ")");
        };
    }

    @Override
    public void close() {
        reader.close();
    }
}
