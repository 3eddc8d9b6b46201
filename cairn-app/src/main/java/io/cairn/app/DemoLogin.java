package io.cairn.app;

import io.cairn.user.AddUserResult;
import io.cairn.user.ApiKey;
import io.cairn.user.CreateKeyResult;
import io.cairn.user.Role;
import io.cairn.user.User;
import io.cairn.user.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The login of {@code cairn serve --demo}: user {@code demo} (analyst) with a generated password and
 * an API key, kept in {@code demo-login.txt} in the data directory, readable by its owner only, and
 * printed on every start so that the demo stays usable. Nothing else ever prints them.
 */
final class DemoLogin {
    static final String USER = "demo";
    static final String FILE = "demo-login.txt";
    static final String KEY_LABEL = "demo";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int PASSWORD_LENGTH = 20;

    /** The demo's credentials; {@link #toString} never shows them. */
    record Login(String password, String apiKey, Path file) {
        @Override
        public String toString() {
            return "Login[user=" + USER + ", file=" + file + "]";
        }
    }

    private DemoLogin() {}

    /**
     * The demo login kept in {@code dataDirectory}, if it still works; else a new password and key
     * (the demo's earlier keys revoked), kept for the next start. Empty, with the reason printed,
     * when the demo user has been disabled.
     */
    static Optional<Login> prepare(Users users, Path dataDirectory, PrintWriter out) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        Optional<Login> kept = read(file)
                .filter(login -> users.login(USER, login.password()).isPresent()
                        && users.authenticate(login.apiKey()).isPresent());
        if (kept.isPresent()) {
            ownerOnly(file);
            return kept;
        }
        Optional<User> existing = users.find(USER);
        if (existing.isPresent() && existing.get().disabled()) {
            out.println("The demo user '" + USER + "' is disabled; cairn users enable " + USER + " brings it back.");
            return Optional.empty();
        }
        String password = password(new SecureRandom());
        if (existing.isEmpty()) {
            if (!(users.add(USER, Role.ANALYST, password) instanceof AddUserResult.Added)) {
                throw new IllegalStateException("cannot add the demo user");
            }
            out.println("Created the demo user '" + USER + "' (analyst).");
        } else {
            users.setPassword(USER, password).ifPresent(problem -> {
                throw new IllegalStateException("cannot set the demo password: " + problem);
            });
            users.keys(USER).orElseThrow().stream()
                    .filter(k -> k.label().equals(KEY_LABEL) && k.state(Instant.now()) == ApiKey.State.ACTIVE)
                    .forEach(k -> users.revokeKey(k.prefix()));
            out.println("Gave the demo user '" + USER + "' a new password and API key.");
        }
        if (!(users.createKey(USER, KEY_LABEL, null) instanceof CreateKeyResult.Created created)) {
            throw new IllegalStateException("cannot create the demo API key");
        }
        Login login = new Login(password, created.key().secret(), file);
        write(login);
        return Optional.of(login);
    }

    /** What {@code cairn serve --demo} prints once it listens. */
    static void print(Login login, String url, PrintWriter out) {
        out.println("Demo login: open " + url + " as user " + USER + " with password " + login.password());
        out.println("Demo API key: " + login.apiKey());
        out.println("(Both are kept in " + login.file() + ", readable by you only.)");
    }

    private static Optional<Login> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        String password = values.get("password");
        String key = values.get("api-key");
        if (!USER.equals(values.get("user")) || password == null || key == null) {
            return Optional.empty();
        }
        return Optional.of(new Login(password, key, file));
    }

    /** Writes the file whole, owner-only from the start, then moves it into place. */
    private static void write(Login login) throws IOException {
        Path file = login.file();
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(temporary);
        if (posix(file.getParent())) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temporary);
        }
        String text = "# The demo login of this Cairn data directory, made by cairn serve --demo. Keep it private.\n"
                + "user=" + USER + "\n"
                + "password=" + login.password() + "\n"
                + "api-key=" + login.apiKey() + "\n";
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file.getParent())) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path directory) {
        return Files.getFileAttributeView(directory, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }

    /** Letters and digits that cannot be mistaken for each other when read off a screen. */
    private static String password(SecureRandom random) {
        var chars = new char[PASSWORD_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
