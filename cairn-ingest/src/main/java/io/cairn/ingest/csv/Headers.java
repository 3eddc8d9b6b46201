package io.cairn.ingest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds a feed's header: the first row, or, as abuse.ch writes it, a comment line above the data
 * ({@code # id,dateadded,url,...}).
 */
final class Headers {
    /** How every feed here is split: {@code #} comments, and spaces around fields ({@code ", "}) dropped. */
    static final CSVFormat FEED = CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private static final CSVFormat LINE =
            CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private Headers() {}

    /** A header found: its column names in order, lower case, and whether it is the first row itself. */
    record Header(List<String> columns, boolean isFirstRow, Layout layout) {
        Map<String, Integer> index() {
            var index = new HashMap<String, Integer>();
            for (int i = columns.size() - 1; i >= 0; i--) {
                index.put(columns.get(i), i);
            }
            return index;
        }
    }

    /** The header among the first row and the comment lines above it, preferring the row. */
    static Optional<Header> find(List<String> firstRow, List<String> commentsAbove, List<Layout> layouts) {
        Optional<Header> own = match(firstRow, true, layouts);
        List<Layout> commented = layouts.stream().filter(Layout::inComment).toList();
        for (int i = commentsAbove.size() - 1; own.isEmpty() && i >= 0; i--) {
            own = match(fields(commentsAbove.get(i)), false, commented);
        }
        return own;
    }

    /**
     * How sure the best of {@code layouts} is that {@code head} is its input; 0 when none matches.
     * Works line by line, because the head may end in the middle of a row.
     */
    static int sniff(byte[] head, List<Layout> layouts) {
        String text = new String(head, StandardCharsets.UTF_8);
        var comments = new ArrayList<String>();
        List<String> firstRow = List.of();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String content = line.replace("\uFEFF", "");
            if (content.startsWith("#")) {
                comments.add(content.substring(1));
            } else if (!content.isBlank()) {
                firstRow = fields(content);
                break;
            }
        }
        return find(firstRow, comments, layouts).map(h -> h.layout().score()).orElse(0);
    }

    /** A line of nothing but spaces, which the parser reads as one empty field. */
    static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static Optional<Header> match(List<String> fields, boolean isFirstRow, List<Layout> layouts) {
        List<String> columns = fields.stream()
                .map(f -> f.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        return layouts.stream()
                .filter(l -> l.matches(columns))
                .findFirst()
                .map(l -> new Header(columns, isFirstRow, l));
    }

    private static List<String> fields(String line) {
        try (CSVParser parser = LINE.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
