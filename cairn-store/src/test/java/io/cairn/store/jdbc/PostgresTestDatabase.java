package io.cairn.store.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL database for one test, created next to the one named by
 * {@code CAIRN_TEST_PG_URL} (system property or environment) and dropped on close. Without that
 * URL PostgreSQL tests are skipped, unless {@code CAIRN_REQUIRE_PG=true} makes them fail.
 */
final class PostgresTestDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    private final String adminUrl;
    private final String name;
    private final String url;

    private PostgresTestDatabase(String adminUrl, String name, String url) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.url = url;
    }

    static PostgresTestDatabase create() {
        String adminUrl = adminUrl();
        Matcher parts = URL.matcher(adminUrl);
        if (!parts.matches()) {
            throw new IllegalStateException("CAIRN_TEST_PG_URL must look like jdbc:postgresql://host:port/db?user=…");
        }
        String name = "cairn_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(adminUrl, "CREATE DATABASE " + name);
        String query = parts.group(3) == null ? "" : parts.group(3);
        return new PostgresTestDatabase(adminUrl, name, parts.group(1) + name + query);
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    static String adminUrl() {
        String url = setting("CAIRN_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(setting("CAIRN_REQUIRE_PG"))) {
                fail("CAIRN_REQUIRE_PG=true but CAIRN_TEST_PG_URL is not set: PostgreSQL tests cannot run");
            }
            Assumptions.abort("CAIRN_TEST_PG_URL is not set: PostgreSQL tests skipped");
        }
        return url;
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the test server: " + e.getMessage(), e);
        }
    }
}
