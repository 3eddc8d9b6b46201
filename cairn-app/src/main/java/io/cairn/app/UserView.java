package io.cairn.app;

import io.cairn.user.ApiKey;
import io.cairn.user.NewApiKey;
import io.cairn.user.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Users and API keys for people and for {@code --json}; a key's secret only when it is created. */
final class UserView {
    private static final String USER_ROW = "%-24s %-8s %-9s %-21s %s";
    private static final String KEY_ROW = "%-9s %-20s %-8s %-21s %-21s %s";

    private UserView() {}

    static Map<String, Object> json(User user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", user.name());
        view.put("role", user.role().id());
        view.put("disabled", user.disabled());
        view.put("created_at", user.createdAt().toString());
        view.put("last_login_at", text(user.lastLoginAt()));
        return view;
    }

    static List<String> table(List<User> users) {
        var lines = new java.util.ArrayList<String>();
        lines.add(String.format(USER_ROW, "NAME", "ROLE", "STATUS", "CREATED", "LAST LOGIN"));
        for (User u : users) {
            lines.add(String.format(
                    USER_ROW,
                    u.name(),
                    u.role().id(),
                    u.disabled() ? "disabled" : "active",
                    human(u.createdAt()),
                    u.lastLoginAt() == null ? "never" : human(u.lastLoginAt())));
        }
        return lines;
    }

    static Map<String, Object> json(ApiKey key, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("prefix", key.prefix());
        view.put("user", key.userName());
        view.put("label", key.label());
        view.put("state", key.state(now).name().toLowerCase(java.util.Locale.ROOT));
        view.put("created_at", key.createdAt().toString());
        view.put("last_used_at", text(key.lastUsedAt()));
        view.put("expires_at", text(key.expiresAt()));
        view.put("revoked", key.revoked());
        return view;
    }

    static Map<String, Object> json(NewApiKey created, Instant now) {
        Map<String, Object> view = json(created.key(), now);
        view.put("key", created.secret());
        view.put("notice", "This key is shown once and cannot be shown again.");
        return view;
    }

    static List<String> table(List<ApiKey> keys, Instant now) {
        var lines = new java.util.ArrayList<String>();
        lines.add(String.format(KEY_ROW, "PREFIX", "LABEL", "STATE", "CREATED", "LAST USED", "EXPIRES"));
        for (ApiKey k : keys) {
            lines.add(String.format(
                    KEY_ROW,
                    k.prefix(),
                    k.label(),
                    k.state(now).name().toLowerCase(java.util.Locale.ROOT),
                    human(k.createdAt()),
                    k.lastUsedAt() == null ? "never" : human(k.lastUsedAt()),
                    k.expiresAt() == null ? "never" : human(k.expiresAt())));
        }
        return lines;
    }

    /** Names a key for a message: its prefix, its label and its owner. */
    static String describe(ApiKey key) {
        return key.prefix() + " (" + key.label() + ") of " + key.userName();
    }

    static String human(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static @Nullable String text(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
