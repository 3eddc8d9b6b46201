package io.cairn.app;

import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Identify any artifact, defanged or not (IP, CIDR, domain, URL, hash, e-mail, ASN, CVE), "
                + "and show what the store holds for it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the input is an artifact",
            "1:the input is not an artifact (the reason is printed)",
            "2:bad command line",
            "4:the store could not be read",
        })
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Parameters(
            arity = "1..*",
            paramLabel = "TEXT",
            description = "What to look up; several words are joined by spaces.")
    String[] words;

    @Override
    public Integer call() {
        String input = String.join(" ", words);
        ParseResult parsed = Artifacts.parse(input);
        if (parsed instanceof ParseResult.NotAnArtifact no) {
            if (json) {
                out().println(Json.write(SearchAnswer.rejected(no)));
            } else {
                err().println("cairn: not an artifact: " + no.reason());
            }
            return ExitCodes.REJECTED;
        }
        var artifact = ((ParseResult.Parsed) parsed).artifact();
        SearchAnswer answer;
        try (var store = Stores.open(storeOptions)) {
            answer = SearchAnswer.of(input, artifact, Artifacts.facts(artifact), store);
        }
        out().println(json ? Json.write(answer) : SearchText.render(answer));
        return ExitCodes.OK;
    }
}
