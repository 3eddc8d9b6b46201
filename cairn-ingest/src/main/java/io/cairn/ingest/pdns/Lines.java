package io.cairn.ingest.pdns;

import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes without decoding them, so a JSON parser can read each line
 * straight from the buffer. The current line is {@code buffer()[start(), end())}, CR LF trimmed.
 */
final class Lines {
    /** Longer lines are not passive DNS: refuse them rather than grow without bound. */
    static final int MAX_LINE = 16 << 20;

    private final InputStream in;
    private final String input;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private int next;
    private int filled;
    private boolean eof;
    private long number;

    Lines(InputStream in, String input) {
        this.in = in;
        this.input = input;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean advance() throws IOException {
        int scan = next;
        while (true) {
            int newline = indexOf((byte) '\n', scan, filled);
            if (newline >= 0) {
                return take(newline, newline + 1);
            }
            if (eof) {
                return next < filled && take(filled, filled);
            }
            scan = filled - next;
            fill();
        }
    }

    private boolean take(int lineEnd, int after) {
        start = next;
        end = lineEnd > start && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        next = after;
        number++;
        return true;
    }

    /** Moves the unread bytes to the front, grows the buffer when a line fills it, and reads more. */
    private void fill() throws IOException {
        int unread = filled - next;
        if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, unread);
            next = 0;
            filled = unread;
        }
        if (filled == buffer.length) {
            if (buffer.length >= MAX_LINE) {
                throw new FormatException(
                        Position.line(input, number + 1), "a line longer than " + MAX_LINE + " bytes");
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
            eof = true;
        } else {
            filled += n;
        }
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return -1;
    }

    boolean isBlank() {
        for (int i = start; i < end; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }
}
