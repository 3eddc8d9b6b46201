package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void shouldServeHealthOnLoopbackUntilStopped() throws Exception {
        var pipe = new PipedWriter();
        var printed = new BufferedReader(new PipedReader(pipe));
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(pipe, true));
        var exit = new AtomicInteger(-1);
        var server = new Thread(() -> exit.set(cli.execute("serve", "--data", data.toString(), "--port", "0")));
        server.start();

        String banner = printed.readLine();
        var matcher = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(banner);
        assertThat(matcher.find()).as(banner).isTrue();
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + matcher.group(1) + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ok\"");

        server.interrupt();
        server.join(10_000);
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void shouldImportTheDemoWorldOnceAndReuseItOnTheNextStart() throws Exception {
        List<String> first = serveDemoUntilListening();

        assertThat(first.getFirst()).startsWith("Generating the demo world (seed 1, about 3000 observations)");
        assertThat(first).anyMatch(line -> line.contains("(cof): read ") && line.endsWith("rejected 0"));
        assertThat(first).contains("The demo world is imported.");
        assertThat(first.getLast()).contains("Cairn is listening");
        var searched = Cli.run("search", "--data", data.toString(), "--json", "novabank.com");
        assertThat(searched.exitCode()).isEqualTo(ExitCodes.OK);
        var known = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(searched.out())
                .path("store");
        assertThat(known.path("known").asBoolean()).as(searched.out()).isTrue();
        assertThat(known.path("observations").findValuesAsText("dataset")).contains("resolution", "whois");

        List<String> second = serveDemoUntilListening();

        assertThat(second).containsExactly("The demo world is already imported.", second.getLast());
        assertThat(second.getLast()).contains("Cairn is listening");
    }

    /** Serves with --demo until the banner, stops, and returns what was printed. */
    private List<String> serveDemoUntilListening() throws Exception {
        return ServeUntil.demo(data, 3000, l -> l.contains("Cairn is listening"));
    }

    @Test
    void shouldRunAScheduledFeedWhileServing() throws Exception {
        try (var taxii = io.cairn.ingest.taxii.TaxiiTestServer.start()) {
            taxii.requireAuth(false);
            taxii.addIndicator(
                    io.cairn.ingest.taxii.TaxiiTestServer.INDICATORS, "served-feed.net", "2026-02-01T10:00:00.000Z");
            Cli.run(
                    "feeds",
                    "add",
                    "partner",
                    "--data",
                    data.toString(),
                    "--kind",
                    "taxii",
                    "--url",
                    taxii.apiRoot().toString(),
                    "--collection",
                    io.cairn.ingest.taxii.TaxiiTestServer.INDICATORS,
                    "--every",
                    "1h");
            var pipe = new PipedWriter();
            var printed = new BufferedReader(new PipedReader(pipe));
            var cli = Main.commandLine();
            cli.setOut(new PrintWriter(pipe, true));
            var server = new Thread(() -> cli.execute(
                    "serve", "--data", data.toString(), "--port", "0", "--allow-loopback", "--feed-check", "PT0.1S"));
            server.start();

            assertThat(printed.readLine()).contains("Cairn is listening");
            assertThat(printed.readLine()).startsWith("partner: synced: read 1, stored 2, rejected 0");

            server.interrupt();
            server.join(10_000);
            assertThat(server.isAlive()).isFalse();
            assertThat(taxii.requests()).hasSize(1);
        }
    }
}
