package io.cairn.app;

import java.util.regex.Pattern;

/** Keeps secrets out of what Cairn prints and logs. */
final class Redaction {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|pwd|secret|key)=[^&;\\s]*");
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@\\s]+):[^@/\\s]*@");

    private Redaction() {}

    static String secrets(String text) {
        String out = PASSWORD_PARAM.matcher(text).replaceAll("$1=***");
        return USERINFO.matcher(out).replaceAll("$1:***@");
    }
}
