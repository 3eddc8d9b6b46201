package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.store.AllowEntry;
import io.cairn.store.AllowMatch;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The queries behind {@link JdbcAllowList#matches}, on one connection. */
final class AllowLookup {
    private static final String SELECT = "SELECT l.name, l.description, e.kind, e.display, e.value "
            + "FROM allow_entry e JOIN allow_list l ON l.name = e.list_name WHERE ";

    private final Connection connection;
    private final Set<AllowMatch> found = new LinkedHashSet<>();

    AllowLookup(Connection connection) {
        this.connection = connection;
    }

    List<AllowMatch> matches(Artifact artifact) throws SQLException {
        exact(artifact);
        switch (artifact.type()) {
            case IP, CIDR -> contained(artifact.value());
            case DOMAIN -> suffixes(artifact.value());
            case URL -> host(artifact.value());
            default -> {}
        }
        patterns(artifact.value());
        return List.copyOf(found);
    }

    private void exact(Artifact artifact) throws SQLException {
        run(
                "e.kind = 'exact' AND e.value = ? AND (e.artifact_type IS NULL OR e.artifact_type = ?)",
                List.of(artifact.value(), artifact.type().id()));
    }

    private void contained(String value) throws SQLException {
        AddressRange range = AddressRange.of(value);
        if (range != null) {
            run("e.kind = 'cidr' AND e.range_low <= ? AND e.range_high >= ?", List.of(range.low(), range.high()));
        }
    }

    /** {@code a.b.example.com} is held by suffix entries for itself, {@code b.example.com}, … {@code com}. */
    private void suffixes(String host) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String name = host; !name.isEmpty(); ) {
            names.add(name);
            int dot = name.indexOf('.');
            name = dot < 0 ? "" : name.substring(dot + 1);
        }
        String marks = String.join(", ", Collections.nCopies(names.size(), "?"));
        run("e.kind = 'suffix' AND e.value IN (" + marks + ")", names);
        run(
                "e.kind = 'exact' AND e.value = ? AND (e.artifact_type IS NULL OR e.artifact_type = ?)",
                List.of(host, ArtifactType.DOMAIN.id()));
    }

    private void host(String url) throws SQLException {
        String host = hostOf(url);
        if (host == null) {
            return;
        }
        if (host.startsWith("[") || AddressRange.of(host) != null) {
            String address = host.replace("[", "").replace("]", "");
            contained(address);
            run(
                    "e.kind = 'exact' AND e.value = ? AND (e.artifact_type IS NULL OR e.artifact_type = ?)",
                    List.of(address, ArtifactType.IP.id()));
        } else {
            suffixes(host.toLowerCase(Locale.ROOT));
        }
    }

    private static @Nullable String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Substring and regex lists are few and short, so they are matched here rather than in SQL. */
    private void patterns(String value) throws SQLException {
        String lower = value.toLowerCase(Locale.ROOT);
        try (PreparedStatement select = connection.prepareStatement(SELECT + "e.kind IN ('substring', 'regex')");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String entry = rows.getString(5);
                boolean hit = rows.getString(3).equals("substring")
                        ? lower.contains(entry)
                        : Pattern.compile(entry).matcher(value).find();
                if (hit) {
                    found.add(match(rows));
                }
            }
        }
    }

    private void run(String where, List<String> parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(match(rows));
                }
            }
        }
    }

    private static AllowMatch match(ResultSet rows) throws SQLException {
        return new AllowMatch(
                rows.getString(1), rows.getString(2), AllowEntry.Kind.fromId(rows.getString(3)), rows.getString(4));
    }
}
