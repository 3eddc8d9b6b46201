package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Runs {@code cairn serve --demo} on a thread until it prints the line looked for, then stops it. */
final class ServeUntil {
    private ServeUntil() {}

    /** Everything printed up to and including the first line {@code last} accepts. */
    static List<String> demo(Path data, int scale, Predicate<String> last) throws Exception {
        var pipe = new PipedWriter();
        var printed = new BufferedReader(new PipedReader(pipe));
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(pipe, true));
        var server = new Thread(() -> cli.execute(
                "serve",
                "--data",
                data.toString(),
                "--port",
                "0",
                "--no-feeds",
                "--demo",
                "--demo-scale",
                Integer.toString(scale)));
        server.start();
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = printed.readLine();
            lines.add(line);
        } while (line != null && !last.test(line));
        server.interrupt();
        server.join(10_000);
        assertThat(server.isAlive()).isFalse();
        return lines;
    }
}
