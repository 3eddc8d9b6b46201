package io.cairn.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the formats `cairn import` reads.")
final class FormatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Map<String, String> formats = new LinkedHashMap<>();
        FormatCatalog.formats().all().forEach(f -> formats.put(f.name(), f.description()));
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(formats));
        } else {
            formats.forEach((name, description) -> out.println(String.format("%-16s %s", name, description)));
        }
        return ExitCodes.OK;
    }
}
