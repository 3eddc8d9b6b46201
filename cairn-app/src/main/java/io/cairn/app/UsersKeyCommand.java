package io.cairn.app;

import io.cairn.user.ApiKey;
import io.cairn.user.CreateKeyResult;
import io.cairn.user.RevokeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
        name = "key",
        mixinStandardHelpOptions = true,
        description = "API keys: create one for a user, list a user's keys, revoke one.",
        subcommands = {UsersKeyCommand.Create.class, UsersKeyCommand.Lister.class, UsersKeyCommand.Revoke.class},
        footer = {
            "",
            "A key looks like cairn_<prefix>_<secret>; lists show the prefix only, and revoke takes it.",
        })
final class UsersKeyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: create, list or revoke.");
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create an API key for a user and print it, once: it cannot be shown again.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:created", "1:no such user, or it is disabled", "2:bad command line", "4:store error"},
            footer = {"", "Example:", "  cairn users key create alice --label 'SIEM connector' --expires-in 90d"})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "NAME", description = "The user the key acts for.")
        String name;

        @Option(names = "--label", paramLabel = "TEXT", description = "What the key is for (default: default).")
        @Nullable
        String label;

        @Option(
                names = "--expires-in",
                paramLabel = "DURATION",
                converter = DurationOption.class,
                description = "Let the key expire after 30m, 12h, 90d, 2w or P90D (default: never).")
        @Nullable
        Duration expiresIn;

        @Option(names = "--json", description = "Print the key and what is known about it as JSON.")
        boolean json;

        @Override
        public Integer call() {
            CreateKeyResult result;
            try (var store = Stores.open(storeOptions)) {
                result = UserAccounts.of(store).createKey(name, label, expiresIn);
            }
            var out = spec.commandLine().getOut();
            return switch (result) {
                case CreateKeyResult.Created created -> {
                    ApiKey key = created.key().key();
                    if (json) {
                        out.println(Json.write(UserView.json(created.key(), Instant.now())));
                    } else {
                        out.println("Created API key " + UserView.describe(key)
                                + (key.expiresAt() == null
                                        ? ", no expiry:"
                                        : ", expires " + UserView.human(key.expiresAt()) + ":"));
                        out.println(created.key().secret());
                        out.println("Keep it now: it will not be shown again.");
                    }
                    yield ExitCodes.OK;
                }
                case CreateKeyResult.NoSuchUser missing -> {
                    spec.commandLine().getErr().println(UsersCommand.noSuchUser(missing.name()));
                    yield ExitCodes.REJECTED;
                }
                case CreateKeyResult.UserDisabled disabled -> {
                    spec.commandLine()
                            .getErr()
                            .println("cairn: user '" + disabled.name() + "' is disabled; cairn users enable "
                                    + disabled.name() + " first");
                    yield ExitCodes.REJECTED;
                }
                case CreateKeyResult.Rejected rejected ->
                    throw new ParameterException(spec.commandLine(), rejected.reason());
            };
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List a user's API keys, newest first: prefix, label, state, created, last used, expiry.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:listed", "1:no user has that name", "2:bad command line", "4:store error"})
    static final class Lister implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "NAME", description = "The user whose keys to list.")
        String name;

        @Option(names = "--json", description = "Print the keys as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Optional<List<ApiKey>> keys;
            try (var store = Stores.open(storeOptions)) {
                keys = UserAccounts.of(store).keys(name);
            }
            if (keys.isEmpty()) {
                spec.commandLine().getErr().println(UsersCommand.noSuchUser(name));
                return ExitCodes.REJECTED;
            }
            var out = spec.commandLine().getOut();
            Instant now = Instant.now();
            if (json) {
                out.println(Json.write(
                        keys.get().stream().map(k -> UserView.json(k, now)).toList()));
            } else if (keys.get().isEmpty()) {
                out.println("No API keys; create one with cairn users key create " + name.strip() + ".");
            } else {
                UserView.table(keys.get(), now).forEach(out::println);
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Revoke an API key for good, named by its prefix (as key list shows it) or the whole key.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:revoked, or already revoked",
                "1:no key has that prefix, or several do",
                "2:bad command line",
                "4:store error"
            })
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "PREFIX", description = "The key's prefix: Ab3dEf9h or cairn_Ab3dEf9h.")
        String prefix;

        @Override
        public Integer call() {
            RevokeResult result;
            try (var store = Stores.open(storeOptions)) {
                result = UserAccounts.of(store).revokeKey(prefix);
            }
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            return switch (result) {
                case RevokeResult.Revoked revoked -> {
                    out.println("Revoked API key " + UserView.describe(revoked.key()) + ".");
                    yield ExitCodes.OK;
                }
                case RevokeResult.AlreadyRevoked already -> {
                    out.println("API key " + UserView.describe(already.key()) + " was already revoked.");
                    yield ExitCodes.OK;
                }
                case RevokeResult.NotFound missing -> {
                    err.println("cairn: no API key has the prefix '" + missing.prefix() + "'");
                    yield ExitCodes.REJECTED;
                }
                case RevokeResult.Ambiguous ambiguous -> {
                    err.println("cairn: " + ambiguous.keys().size() + " keys share that prefix; none was revoked:");
                    ambiguous.keys().forEach(k -> err.println("  " + UserView.describe(k)));
                    yield ExitCodes.REJECTED;
                }
            };
        }
    }
}
