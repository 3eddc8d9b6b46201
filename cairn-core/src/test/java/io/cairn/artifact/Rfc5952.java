package io.cairn.artifact;

import java.util.ArrayList;
import java.util.List;

/** An independent oracle for RFC 5952 §4 text, to check IPv6 canonical forms against. */
final class Rfc5952 {

    private Rfc5952() {}

    static String format(List<Integer> groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups.get(j) == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(j, i + 1);
        }
        List<String> hex = new ArrayList<>();
        groups.forEach(g -> hex.add(Integer.toHexString(g)));
        if (bestStart < 0) {
            return String.join(":", hex);
        }
        String head = String.join(":", hex.subList(0, bestStart));
        String tail = String.join(":", hex.subList(bestStart + bestLength, 8));
        return head + "::" + tail;
    }
}
