package io.cairn.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** User names: case-insensitive, kept in lower case, short and free of anything a shell or URL mangles. */
public final class UserNames {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    private UserNames() {}

    /** The form a name is stored in. */
    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a (normalized) name, or null when it is a valid one. */
    public static @Nullable String problem(String name) {
        if (NAME.matcher(name).matches()) {
            return null;
        }
        return "user name '" + name + "' is not valid: 1 to 64 characters, letters, digits, '.', '_', '-' "
                + "and '@', starting with a letter or digit";
    }
}
