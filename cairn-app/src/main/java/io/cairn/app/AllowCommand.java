package io.cairn.app;

import io.cairn.ingest.Input;
import io.cairn.ingest.warninglist.WarningListImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "allow",
        mixinStandardHelpOptions = true,
        description = "Warning lists: artifacts known to be benign (public resolvers, cloud ranges, top sites).",
        subcommands = {AllowCommand.Import.class, AllowCommand.Lists.class})
final class AllowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: import or lists.");
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Import MISP warning lists (JSON, gzip read as is); a list imported again replaces itself.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--json", description = "Print the outcomes as JSON.")
        boolean json;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "MISP warninglist JSON files.")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            var out = spec.commandLine().getOut();
            var reports = new ArrayList<Map<String, Object>>();
            boolean clean = true;
            try (var store = Stores.open(storeOptions)) {
                var importer = new WarningListImport(store);
                for (Path file : files) {
                    WarningListImport.Outcome outcome;
                    try (InputStream in = Input.of(file).open()) {
                        outcome = importer.run(in, file.toString());
                    }
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("input", file.toString());
                    switch (outcome) {
                        case WarningListImport.Imported i -> {
                            report.put("list", i.list());
                            report.put("read", i.read());
                            report.put("stored", i.stored());
                            report.put("removed", i.removed());
                            report.put(
                                    "rejected",
                                    i.rejected().stream().map(Object::toString).toList());
                            clean &= i.rejected().isEmpty();
                            if (!json) {
                                out.println(String.format(
                                        "%s: list '%s': read %,d, stored %,d, replaced %,d, rejected %,d",
                                        file,
                                        i.list(),
                                        i.read(),
                                        i.stored(),
                                        i.removed(),
                                        i.rejected().size()));
                                i.rejected().stream().limit(10).forEach(r -> out.println("  rejected " + r));
                            }
                        }
                        case WarningListImport.NotImported n -> {
                            report.put("error", n.position() + ": " + n.reason());
                            clean = false;
                            if (!json) {
                                out.println(file + ": not imported: " + n.position() + ": " + n.reason());
                            }
                        }
                    }
                    reports.add(report);
                }
            }
            if (json) {
                out.println(Json.write(reports));
            }
            return clean ? ExitCodes.OK : ExitCodes.REJECTED;
        }
    }

    @Command(name = "lists", mixinStandardHelpOptions = true, description = "Name the warning lists the store holds.")
    static final class Lists implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--json", description = "Print the names as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<String> names;
            try (var store = Stores.open(storeOptions)) {
                names = store.allowList().lists();
            }
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(names));
            } else {
                names.forEach(out::println);
            }
            return ExitCodes.OK;
        }
    }
}
