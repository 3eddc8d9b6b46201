package io.cairn.app;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.Artifacts;
import io.cairn.search.Search;
import io.cairn.search.SearchKind;
import io.cairn.search.SearchOutcome;
import io.cairn.search.SearchRequest;
import java.util.Arrays;
import java.util.Iterator;
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
        description = {
            "Search the store with one query: an artifact, defanged or not (IP, CIDR, domain, URL, hash, e-mail, ASN,"
                    + " CVE, certificate fingerprint, tracker, WHOIS field:value), words (full text over articles and"
                    + " profiles, best match first), or anything --kind names.",
            "For an artifact it also shows what Cairn knows offline and what the store holds for it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the query was searched (the results may be empty)",
            "1:the query is not valid for its kind, or the page request is malformed (the reason is printed)",
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

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            completionCandidates = KindNames.class,
            description = "Search the query as this kind instead of detecting it: ${COMPLETION-CANDIDATES}.")
    String kind;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "25",
            description = "Results per list and page, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--cursor",
            paramLabel = "CURSOR",
            description = "Continue after the page that printed this cursor as 'next'.")
    String cursor;

    @Parameters(
            arity = "1..*",
            paramLabel = "QUERY",
            description = "What to look for; several words are joined by spaces.")
    String[] words;

    @Override
    public Integer call() {
        String input = String.join(" ", words);
        SearchKind named = null;
        if (kind != null) {
            named = SearchKind.fromId(kind).orElse(null);
            if (named == null) {
                err().println("cairn: unknown search kind '" + kind + "'; known: "
                        + String.join(", ", new KindNames()));
                return ExitCodes.USAGE;
            }
        }
        SearchOutcome outcome;
        SearchAnswer answer;
        try (var store = Stores.open(storeOptions)) {
            outcome = new Search(store).search(new SearchRequest(input, named, limit, cursor));
            answer = switch (outcome) {
                case SearchOutcome.Rejected no -> SearchAnswer.rejected(no);
                case SearchOutcome.Found found -> answer(found, store);
            };
        }
        if (outcome instanceof SearchOutcome.Rejected no) {
            if (json) {
                out().println(Json.write(answer));
            } else {
                err().println("cairn: "
                        + (no.kind() == null ? "not an artifact: " : "not a valid " + no.kind() + " query: ")
                        + no.reason());
            }
            return ExitCodes.REJECTED;
        }
        out().println(json ? Json.write(answer) : SearchText.render(answer));
        return ExitCodes.OK;
    }

    private static SearchAnswer answer(SearchOutcome.Found found, io.cairn.store.Store store) {
        Artifact artifact = found.artifact();
        return artifact == null
                ? SearchAnswer.text(found)
                : SearchAnswer.of(found, artifact, Artifacts.facts(artifact), store);
    }

    /** The kind ids, for --help and shell completion. */
    static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SearchKind.values()).map(SearchKind::id).iterator();
        }
    }
}
