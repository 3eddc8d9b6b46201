package io.cairn.artifact;

import java.util.ArrayDeque;
import java.util.Deque;

/** RFC 3986 §5.2.4 remove_dot_segments, for the absolute paths of URLs with an authority. */
final class DotSegments {

    private DotSegments() {}

    static String remove(String path) {
        Deque<String> output = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        // segments[0] is the empty string before the leading '/'.
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    output.addLast("");
                }
            } else if (segment.equals("..")) {
                output.pollLast();
                if (last) {
                    output.addLast("");
                }
            } else {
                output.addLast(segment);
            }
        }
        return "/" + String.join("/", output);
    }
}
