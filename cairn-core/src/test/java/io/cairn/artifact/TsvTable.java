package io.cairn.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the tab-separated tables under {@code src/test/resources/artifact/}. Lines starting with
 * '#' and blank lines are skipped. Cells take the escapes {@code \t}, {@code \n}, {@code \\} and
 * {@code \}{@code uXXXX}; a cell that is just {@code <empty>} is the empty string.
 */
final class TsvTable {

    private TsvTable() {}

    static List<Arguments> rows(String resource, int columns) {
        List<Arguments> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : read(resource).split("\n", -1)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(
                        resource + ":" + lineNumber + ": expected " + columns + " cells, got " + cells.length);
            }
            Object[] values = new Object[columns + 1];
            values[0] = resource + ":" + lineNumber;
            for (int i = 0; i < columns; i++) {
                values[i + 1] = unescape(cells[i]);
            }
            rows.add(Arguments.of(values));
        }
        return rows;
    }

    static String unescape(String cell) {
        if (cell.equals("<empty>")) {
            return "";
        }
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\' || i + 1 == cell.length()) {
                out.append(c);
                continue;
            }
            char next = cell.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(cell.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(
                TsvTable.class.getResourceAsStream("/artifact/" + resource), "no resource " + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
