package io.cairn.app;

import io.cairn.user.AddUserResult;
import io.cairn.user.Role;
import io.cairn.user.Users;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
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
        description = "Add a user. Without --password-stdin it has no password and signs in with API keys only.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:added", "1:the name is taken", "2:bad command line, name or password", "4:store error"},
        footer = {
            "",
            "Examples:",
            "  cairn users add alice --role admin",
            "  printf '%s\\n' \"$PASSWORD\" | cairn users add bob --role analyst --password-stdin",
        })
final class UsersAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "NAME", description = "User name: letters, digits, '.', '_', '-', '@'; case is ignored.")
    String name;

    @Option(
            names = "--role",
            required = true,
            converter = RoleOption.class,
            paramLabel = "ROLE",
            description = "admin, analyst or viewer.")
    Role role;

    @Option(
            names = "--password-stdin",
            description = "Read the password from the first line of standard input (at least "
                    + Users.MIN_PASSWORD_LENGTH + " characters).")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
        String password = passwordStdin ? readPassword() : null;
        AddUserResult result;
        try (var store = Stores.open(storeOptions)) {
            result = UserAccounts.of(store).add(name, role, password);
        }
        return switch (result) {
            case AddUserResult.Added added -> {
                spec.commandLine()
                        .getOut()
                        .println("Added user " + added.user().name() + " ("
                                + added.user().role().id() + ")" + (password == null ? ", without a password." : "."));
                yield ExitCodes.OK;
            }
            case AddUserResult.NameTaken taken -> {
                spec.commandLine().getErr().println("cairn: a user called '" + taken.name() + "' already exists");
                yield ExitCodes.REJECTED;
            }
            case AddUserResult.Rejected rejected -> throw new ParameterException(spec.commandLine(), rejected.reason());
        };
    }

    private String readPassword() throws IOException {
        // Not closed: standard input belongs to the process.
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--password-stdin: no password on standard input");
        }
        return line;
    }
}
