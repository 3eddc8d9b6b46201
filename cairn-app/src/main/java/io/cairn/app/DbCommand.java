package io.cairn.app;

import io.cairn.store.StoreStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "Look after the store: migrate its schema, count what it holds.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Stats.class})
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: migrate or stats.");
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Bring the schema up to date.")
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private java.io.PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--json", description = "Print the outcome as JSON.")
        boolean json;

        @Override
        public Integer call() {
            String where = Stores.describe(storeOptions);
            try (var store = Stores.openUnmigrated(storeOptions)) {
                var migrated = store.migrate();
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("store", where);
                    out.put("applied", migrated.applied());
                    out.put("schema_version", migrated.schemaVersion());
                    out().println(Json.write(out));
                } else {
                    out().println(where + ": " + migrated.applied() + " migration(s) applied, schema version "
                            + migrated.schemaVersion());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count rows per table and per kind.")
    static final class Stats implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private java.io.PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--json", description = "Print the counts as JSON.")
        boolean json;

        @Override
        public Integer call() {
            StoreStats stats;
            try (var store = Stores.open(storeOptions)) {
                stats = store.stats();
            }
            out().println(json ? Json.write(StatsView.of(stats)) : StatsView.text(stats));
            return ExitCodes.OK;
        }
    }
}
