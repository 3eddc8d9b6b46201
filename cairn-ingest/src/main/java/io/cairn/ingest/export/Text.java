package io.cairn.ingest.export;

import io.cairn.stix.StixTimestamps;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the text formats share: UTF-8 output and one way of writing times. */
final class Text {

    private Text() {}

    /** A buffered UTF-8 writer; flush it, but do not close it, to leave {@code out} open. */
    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** RFC 3339 in UTC at millisecond precision, as in STIX; empty for no time. */
    static String time(@Nullable Instant instant) {
        return instant == null ? "" : StixTimestamps.format(instant);
    }
}
