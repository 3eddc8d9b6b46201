package io.cairn.store.jdbc;

import io.cairn.user.ApiKey;
import io.cairn.user.Role;
import io.cairn.user.StoredKey;
import io.cairn.user.User;
import io.cairn.user.UserStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Users in table {@code app_user}, their API keys in {@code api_key}: hashes only, never secrets. */
final class JdbcUsers implements UserStore {
    private static final String USER_COLUMNS = "id, username, role, disabled, created_at, last_login_at";
    private static final String KEY_COLUMNS = "k.id, u.username, k.name, k.prefix, k.created_at, k.expires_at, "
            + "k.last_used_at, k.revoked, k.key_hash, u.role, u.disabled";
    private static final String KEYS = "SELECT " + KEY_COLUMNS + " FROM api_key k JOIN app_user u ON u.id = k.user_id";
    private static final String ADD = """
            INSERT INTO app_user (username, password_hash, role, disabled, created_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (username) DO NOTHING""";
    private static final String ADD_KEY = """
            INSERT INTO api_key (user_id, name, prefix, key_hash, created_at, expires_at, revoked)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String KEY_USE = """
            UPDATE api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)""";

    private final Database database;

    JdbcUsers(Database database) {
        this.database = database;
    }

    @Override
    public Optional<User> add(String name, Role role, String passwordHash, Instant createdAt) {
        return database.query("adding user " + name, connection -> {
            int added;
            try (PreparedStatement add = connection.prepareStatement(ADD)) {
                add.setString(1, name);
                add.setString(2, passwordHash);
                add.setString(3, role.id());
                add.setBoolean(4, false);
                database.dialect().setInstant(add, 5, createdAt);
                added = add.executeUpdate();
            }
            return added == 1 ? find(connection, name) : Optional.<User>empty();
        });
    }

    @Override
    public Optional<User> find(String name) {
        return database.query("reading user " + name, connection -> find(connection, name));
    }

    private Optional<User> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement find =
                connection.prepareStatement("SELECT " + USER_COLUMNS + " FROM app_user WHERE username = ?")) {
            find.setString(1, name);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(user(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public List<User> list() {
        return database.query("listing users", connection -> {
            try (PreparedStatement list =
                            connection.prepareStatement("SELECT " + USER_COLUMNS + " FROM app_user ORDER BY username");
                    ResultSet rows = list.executeQuery()) {
                var users = new ArrayList<User>();
                while (rows.next()) {
                    users.add(user(rows));
                }
                return users;
            }
        });
    }

    @Override
    public boolean setDisabled(String name, boolean disabled) {
        return update(
                (disabled ? "disabling" : "enabling") + " user " + name,
                "UPDATE app_user SET disabled = ? WHERE username = ?",
                statement -> {
                    statement.setBoolean(1, disabled);
                    statement.setString(2, name);
                });
    }

    @Override
    public boolean setPasswordHash(String name, String passwordHash) {
        return update(
                "setting the password of user " + name,
                "UPDATE app_user SET password_hash = ? WHERE username = ?",
                statement -> {
                    statement.setString(1, passwordHash);
                    statement.setString(2, name);
                });
    }

    @Override
    public Optional<String> passwordHash(String name) {
        return database.query("reading the password of user " + name, connection -> {
            try (PreparedStatement find =
                    connection.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
                find.setString(1, name);
                try (ResultSet rows = find.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void recordLogin(String name, Instant at) {
        update("recording a login of user " + name, "UPDATE app_user SET last_login_at = ? WHERE username = ?", s -> {
            database.dialect().setInstant(s, 1, at);
            s.setString(2, name);
        });
    }

    @Override
    public ApiKey addKey(
            User owner, String label, String prefix, String keyHash, Instant createdAt, @Nullable Instant expiresAt) {
        update("adding an API key for user " + owner.name(), ADD_KEY, s -> {
            s.setLong(1, owner.id());
            s.setString(2, label);
            s.setString(3, prefix);
            s.setString(4, keyHash);
            database.dialect().setInstant(s, 5, createdAt);
            database.dialect().setInstant(s, 6, expiresAt);
            s.setBoolean(7, false);
        });
        return keysWhere("k.key_hash = ?", keyHash).getFirst().key();
    }

    @Override
    public List<ApiKey> keys(String userName) {
        return keysWhere("u.username = ? ORDER BY k.created_at DESC, k.id DESC", userName).stream()
                .map(StoredKey::key)
                .toList();
    }

    @Override
    public List<StoredKey> keysWithPrefix(String prefix) {
        return keysWhere("k.prefix = ? ORDER BY k.id", prefix);
    }

    @Override
    public boolean revokeKey(long keyId) {
        return update("revoking API key " + keyId, "UPDATE api_key SET revoked = ? WHERE id = ?", s -> {
            s.setBoolean(1, true);
            s.setLong(2, keyId);
        });
    }

    @Override
    public void recordKeyUse(long keyId, Instant at, Instant unlessUsedAfter) {
        update("recording the use of API key " + keyId, KEY_USE, s -> {
            database.dialect().setInstant(s, 1, at);
            s.setLong(2, keyId);
            database.dialect().setInstant(s, 3, unlessUsedAfter);
        });
    }

    private List<StoredKey> keysWhere(String condition, String value) {
        return database.query("reading API keys", connection -> {
            try (PreparedStatement select = connection.prepareStatement(KEYS + " WHERE " + condition)) {
                select.setString(1, value);
                try (ResultSet rows = select.executeQuery()) {
                    var keys = new ArrayList<StoredKey>();
                    while (rows.next()) {
                        keys.add(storedKey(rows));
                    }
                    return keys;
                }
            }
        });
    }

    private boolean update(String what, String sql, Binder binder) {
        return database.query(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate() > 0;
            }
        });
    }

    private User user(ResultSet rows) throws SQLException {
        Dialect dialect = database.dialect();
        return new User(
                rows.getLong(1),
                rows.getString(2),
                role(rows.getString(3)),
                rows.getBoolean(4),
                dialect.instant(rows, 5),
                dialect.nullableInstant(rows, 6));
    }

    private StoredKey storedKey(ResultSet rows) throws SQLException {
        Dialect dialect = database.dialect();
        var key = new ApiKey(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                dialect.instant(rows, 5),
                dialect.nullableInstant(rows, 6),
                dialect.nullableInstant(rows, 7),
                rows.getBoolean(8));
        return new StoredKey(key, rows.getString(9), role(rows.getString(10)), rows.getBoolean(11));
    }

    private static Role role(String id) throws SQLException {
        return Role.parse(id).orElseThrow(() -> new SQLException("unknown role '" + id + "' in app_user"));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
