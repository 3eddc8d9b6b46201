package io.cairn.store.jdbc;

import io.cairn.store.AllowList;
import io.cairn.store.ArticleStore;
import io.cairn.store.ArtifactLookups;
import io.cairn.store.ArtifactStore;
import io.cairn.store.DocumentStore;
import io.cairn.store.ImportLedger;
import io.cairn.store.IndicatorStore;
import io.cairn.store.ObservationStore;
import io.cairn.store.ProfileStore;
import io.cairn.store.ProjectStore;
import io.cairn.store.SourceRegistry;
import io.cairn.store.Store;
import io.cairn.store.StoreException;
import io.cairn.store.StoreStats;
import io.cairn.user.UserStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

/**
 * The store on a relational database: SQLite in a data directory (the embedded default) or
 * PostgreSQL by JDBC URL. Open it, call {@link #migrate()} once at startup, use it, close it.
 */
public final class JdbcStore implements Store {

    /** The SQLite file inside a data directory. */
    public static final String SQLITE_FILE = "cairn.db";

    /**
     * Bulk-load tuning: distinct rows per transaction, and how many artifact ids a load keeps in
     * memory (about 200 bytes each). With random keys every batch dirties index pages all over the
     * tables, and each commit writes them out once, so bigger batches write less per row: 500,000
     * imported passive DNS about a fifth faster than 100,000 at 10^6 records. A batch holds about
     * 300 bytes per row on the heap, the id cache up to 200 MB.
     */
    public record Options(int batchSize, int artifactCacheSize) {

        public static final Options DEFAULTS = new Options(500_000, 1_000_000);

        public Options {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
            }
            if (artifactCacheSize < 0) {
                throw new IllegalArgumentException("artifact cache size must not be negative");
            }
        }
    }

    private final Database database;
    private final JdbcArtifacts artifacts;
    private final JdbcObservations observations;
    private final JdbcIndicators indicators;
    private final JdbcStats stats;
    private final JdbcImportLedger imports;
    private final JdbcAllowList allowList;
    private final JdbcSources sources;
    private final JdbcDocuments documents;
    private final JdbcProfiles profiles;
    private final JdbcArticles articles;
    private final JdbcUsers users;
    private final JdbcLookups lookups;
    private final JdbcProjects projects;

    JdbcStore(Database database, Options options) {
        this.database = database;
        this.artifacts = new JdbcArtifacts(database);
        this.observations = new JdbcObservations(database, options);
        this.indicators = new JdbcIndicators(database, options);
        this.stats = new JdbcStats(database);
        this.imports = new JdbcImportLedger(database);
        this.allowList = new JdbcAllowList(database);
        this.sources = new JdbcSources(database);
        this.documents = new JdbcDocuments(database, options);
        this.profiles = new JdbcProfiles(database, options);
        this.articles = new JdbcArticles(database, options);
        this.users = new JdbcUsers(database);
        this.lookups = new JdbcLookups(database);
        this.projects = new JdbcProjects(database);
    }

    /** Opens by JDBC URL: {@code jdbc:sqlite:/path/cairn.db} or {@code jdbc:postgresql://host/db?user=…}. */
    public static JdbcStore open(String jdbcUrl) {
        return open(jdbcUrl, Options.DEFAULTS);
    }

    public static JdbcStore open(String jdbcUrl, Options options) {
        return new JdbcStore(new Database(jdbcUrl), options);
    }

    /** Opens the SQLite store in {@code dataDirectory}, creating the directory if missing. */
    public static JdbcStore open(Path dataDirectory) {
        return open(dataDirectory, Options.DEFAULTS);
    }

    public static JdbcStore open(Path dataDirectory, Options options) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dataDirectory, e);
        }
        return open("jdbc:sqlite:" + dataDirectory.resolve(SQLITE_FILE).toAbsolutePath(), options);
    }

    /** {@code $XDG_DATA_HOME/cairn}, else {@code ~/.local/share/cairn}. */
    public static Path defaultDataDirectory() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("cairn");
    }

    /** Brings the schema up to date; safe to call on every start. */
    public Migrated migrate() {
        return Migrations.migrate(database);
    }

    /** What {@link #migrate()} did: migrations applied now, and the schema version after. */
    public record Migrated(int applied, String schemaVersion) {}

    @Override
    public ArtifactStore artifacts() {
        return artifacts;
    }

    @Override
    public ObservationStore observations() {
        return observations;
    }

    @Override
    public IndicatorStore indicators() {
        return indicators;
    }

    @Override
    public DocumentStore documents() {
        return documents;
    }

    @Override
    public ProfileStore profiles() {
        return profiles;
    }

    @Override
    public ArticleStore articles() {
        return articles;
    }

    @Override
    public ArtifactLookups lookups() {
        return lookups;
    }

    @Override
    public ProjectStore projects() {
        return projects;
    }

    @Override
    public ImportLedger imports() {
        return imports;
    }

    @Override
    public SourceRegistry sources() {
        return sources;
    }

    @Override
    public AllowList allowList() {
        return allowList;
    }

    @Override
    public UserStore users() {
        return users;
    }

    @Override
    public StoreStats stats() {
        return stats.stats();
    }

    /** SQLite: refreshes the planner's statistics, as SQLite advises before closing; then closes the pool. */
    @Override
    public void close() {
        try {
            if (database.dialect() instanceof SqliteDialect) {
                database.query("optimizing", connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.execute("PRAGMA optimize");
                    }
                });
            }
        } finally {
            database.close();
        }
    }
}
