package io.cairn.app;

import io.cairn.indicator.Tlp;
import io.cairn.store.Source;
import io.cairn.store.SourceAuth;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a feed, or change the settings of one (its watermark and history stay).",
        footer = {
            "",
            "Examples:",
            "  cairn feeds add partner --kind taxii --url https://taxii.example/api1/ --collection 91a7b528-… \\",
            "      --user reader --password-env PARTNER_TAXII_PASSWORD --every 1h --reliability B",
            "  cairn feeds add urlhaus --kind csv-url --url https://urlhaus.abuse.ch/downloads/csv_recent/ \\",
            "      --format urlhaus --every 6h --confidence 70",
        })
final class FeedsAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "NAME", description = "Name of the feed; its records are credited to it.")
    String name;

    @Option(names = "--kind", required = true, description = "taxii, stix-url, csv-url or misp-feed.")
    String kind;

    @Option(
            names = "--url",
            required = true,
            description = "TAXII: the API root URL. Others: the file's URL (MISP: the feed directory).")
    String url;

    @Option(names = "--collection", paramLabel = "ID", description = "TAXII collection id.")
    @Nullable
    String collection;

    @Option(names = "--format", description = "Import format of a URL feed (default: detected).")
    @Nullable
    String format;

    @Option(names = "--user", description = "User for basic auth.")
    @Nullable
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable with the password.")
    @Nullable
    String passwordEnv;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Environment variable with an API key.")
    @Nullable
    String apiKeyEnv;

    @Option(
            names = "--api-key-header",
            paramLabel = "HEADER",
            description = "Header that carries the API key (default: Authorization).")
    @Nullable
    String apiKeyHeader;

    @Option(
            names = "--every",
            paramLabel = "DURATION",
            converter = DurationOption.class,
            description = "Run on this schedule under cairn serve: 30m, 6h, 1d (default: only when synced by hand).")
    @Nullable
    Duration every;

    @Option(
            names = "--confidence",
            defaultValue = "50",
            description = "Confidence for records without one (default: ${DEFAULT-VALUE}).")
    int confidence;

    @Option(
            names = "--tlp",
            defaultValue = "amber",
            converter = TlpOption.class,
            description = "TLP for records without one (default: ${DEFAULT-VALUE}).")
    Tlp marking;

    @Option(names = "--reliability", paramLabel = "A-F", description = "Admiralty reliability of the source.")
    @Nullable
    String reliability;

    @Option(names = "--disabled", description = "Keep the feed but leave it out of scheduled runs.")
    boolean disabled;

    @Override
    public Integer call() {
        Source source;
        try {
            source = source();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (var store = Stores.open(storeOptions)) {
            boolean existed = store.sources().find(name).isPresent();
            store.sources().save(source);
            spec.commandLine().getOut().println((existed ? "Updated" : "Added") + " feed " + name + ".");
        }
        return ExitCodes.OK;
    }

    private Source source() {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + url);
        }
        if (uri.getHost() == null || !url.matches("(?i)https?://.*")) {
            throw new IllegalArgumentException("The URL must be http:// or https:// with a host: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "Put credentials in --user/--password-env or --api-key-env, not the URL");
        }
        if (kind.equals("taxii") && format != null) {
            throw new IllegalArgumentException("A TAXII feed is STIX; --format is for URL feeds");
        }
        if (!kind.equals("taxii") && collection != null) {
            throw new IllegalArgumentException("--collection is for TAXII feeds");
        }
        if (format != null && FormatCatalog.formats().named(format).isEmpty()) {
            throw new IllegalArgumentException("No format is called '" + format + "'; see cairn formats");
        }
        SourceAuth auth = new SourceAuth(user, passwordEnv, apiKeyEnv, apiKeyHeader);
        Source configured = Source.configured(
                name,
                kind,
                url,
                format,
                collection,
                auth,
                reliability == null ? null : reliability.toUpperCase(Locale.ROOT),
                confidence,
                marking,
                every);
        return disabled ? withEnabled(configured, false) : configured;
    }

    private static Source withEnabled(Source s, boolean enabled) {
        return new Source(
                s.name(),
                s.kind(),
                s.url(),
                s.format(),
                s.collection(),
                s.auth(),
                s.reliability(),
                s.defaultConfidence(),
                s.tlp(),
                s.schedule(),
                enabled,
                s.watermark(),
                s.counters(),
                s.lastRunAt(),
                s.lastSuccessAt(),
                s.lastError(),
                s.lastErrorAt());
    }
}
