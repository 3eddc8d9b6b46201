package io.cairn.store.jdbc;

import io.cairn.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway, pointed at the migrations of the store's dialect. */
final class Migrations {

    private Migrations() {}

    static JdbcStore.Migrated migrate(Database database) {
        try {
            MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations(database.dialect().migrations())
                    .load()
                    .migrate();
            String version = result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : String.valueOf(result.initialSchemaVersion);
            return new JdbcStore.Migrated(result.migrationsExecuted, version);
        } catch (FlywayException e) {
            throw new StoreException("migrating the database failed: " + e.getMessage(), e);
        }
    }
}
