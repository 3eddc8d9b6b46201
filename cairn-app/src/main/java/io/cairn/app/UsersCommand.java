package io.cairn.app;

import io.cairn.user.User;
import io.cairn.user.Users;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Users, their roles (admin, analyst, viewer) and their API keys.",
        subcommands = {
            UsersAddCommand.class,
            UsersCommand.Lister.class,
            UsersCommand.Disable.class,
            UsersCommand.Enable.class,
            UsersKeyCommand.class
        },
        footer = {
            "",
            "User names ignore case. Passwords are kept as Argon2id hashes and API keys as SHA-256 hashes:",
            "a key is shown once, when it is created.",
        })
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: add, list, disable, enable or key.");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, by name.")
    static final class Lister implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--json", description = "Print the users as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<User> users;
            try (var store = Stores.open(storeOptions)) {
                users = UserAccounts.of(store).list();
            }
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(users.stream().map(UserView::json).toList()));
            } else if (users.isEmpty()) {
                out.println("No users; add one with cairn users add.");
            } else {
                UserView.table(users).forEach(out::println);
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disable a user: its password and API keys stop working until it is enabled again.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:disabled", "1:no user has that name", "2:bad command line", "4:store error"})
    static final class Disable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "NAME", description = "The user to disable.")
        String name;

        @Override
        public Integer call() {
            return change(spec, storeOptions, name, Users::disable, "Disabled");
        }
    }

    @Command(
            name = "enable",
            mixinStandardHelpOptions = true,
            description = "Enable a disabled user again, with the password and API keys it had.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:enabled", "1:no user has that name", "2:bad command line", "4:store error"})
    static final class Enable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "NAME", description = "The user to enable.")
        String name;

        @Override
        public Integer call() {
            return change(spec, storeOptions, name, Users::enable, "Enabled");
        }
    }

    private static int change(
            CommandSpec spec,
            StoreOptions storeOptions,
            String name,
            BiFunction<Users, String, Optional<User>> change,
            String done) {
        Optional<User> changed;
        try (var store = Stores.open(storeOptions)) {
            changed = change.apply(UserAccounts.of(store), name);
        }
        if (changed.isEmpty()) {
            spec.commandLine().getErr().println(noSuchUser(name));
            return ExitCodes.REJECTED;
        }
        spec.commandLine().getOut().println(done + " user " + changed.get().name() + ".");
        return ExitCodes.OK;
    }

    static String noSuchUser(String name) {
        return "cairn: no user called '" + name.strip() + "'; see cairn users list";
    }
}
