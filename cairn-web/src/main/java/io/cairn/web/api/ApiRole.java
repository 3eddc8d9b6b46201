package io.cairn.web.api;

import java.util.Locale;

/** What an API caller may do: viewers read, analysts also write, admins also administer. */
public enum ApiRole {
    VIEWER,
    ANALYST,
    ADMIN;

    /** Whether a caller with this role may use a route that needs {@code required}. */
    public boolean covers(ApiRole required) {
        return compareTo(required) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
