package io.cairn.ingest.pdns;

/** The part of a record's presentation-form data that Cairn keeps: a name or a text. */
final class Rdata {
    private Rdata() {}

    /**
     * The name an MX ({@code 10 mx.example.com.}), SRV ({@code 0 5 5060 sip.example.com.}) or SOA
     * ({@code ns.example.com. hostmaster.example.com. 1 2 3 4 5}) record points to; for the other
     * name-valued types, the data itself. An MX sent without its preference is taken as it is.
     */
    static String target(String rrtype, String rdata) {
        String data = rdata.strip();
        return switch (rrtype) {
            case "MX", "SRV" -> {
                int space = data.lastIndexOf(' ');
                yield space < 0 ? data : data.substring(space + 1);
            }
            case "SOA" -> {
                int space = data.indexOf(' ');
                yield space < 0 ? data : data.substring(0, space);
            }
            default -> data;
        };
    }

    /**
     * The text of a TXT or SPF record: quoted character-strings ({@code "v=spf1 " "-all"}) are
     * unescaped and joined without a separator, as SPF and DKIM read them; unquoted data (some
     * servers send it so) is kept as it is.
     */
    static String text(String rdata) {
        String data = rdata.strip();
        if (!data.startsWith("\"")) {
            return data;
        }
        StringBuilder text = new StringBuilder(data.length());
        boolean quoted = false;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < data.length()) {
                i = unescape(data, i + 1, text);
            } else if (quoted) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Appends the escaped character at {@code at} ({@code \"} or {@code \DDD}); returns its last index. */
    private static int unescape(String data, int at, StringBuilder text) {
        if (at + 2 < data.length() && isDigits(data, at, at + 3)) {
            text.append((char) Integer.parseInt(data, at, at + 3, 10));
            return at + 2;
        }
        text.append(data.charAt(at));
        return at;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
