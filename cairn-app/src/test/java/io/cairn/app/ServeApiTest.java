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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeApiTest {
    private static final Pattern KEY = Pattern.compile("cairn_([0-9A-Za-z]{8})_[0-9A-Za-z]{40}");

    @TempDir
    Path data;

    @Test
    void shouldServeTheRestApiToHoldersOfAKeyMadeWithCairnUsers() throws Exception {
        Cli.run("users", "add", "vera", "--role", "viewer", "--data", data.toString());
        Matcher key = KEY.matcher(Cli.run("users", "key", "create", "vera", "--data", data.toString())
                .out());
        assertThat(key.find()).isTrue();

        var pipe = new PipedWriter();
        var printed = new BufferedReader(new PipedReader(pipe));
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(pipe, true));
        var server = new Thread(() -> cli.execute("serve", "--data", data.toString(), "--port", "0", "--no-feeds"));
        server.start();
        try {
            Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(printed.readLine());
            assertThat(port.find()).isTrue();
            String base = "http://127.0.0.1:" + port.group(1);
            var http = HttpClient.newHttpClient();
            var search = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=example.com"));

            var refused = http.send(search.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            var answered = http.send(
                    search.header("Authorization", "Bearer " + key.group()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(answered.body()).contains("\"kind\":\"domain\"");
            var document = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/openapi.json"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(document.body()).contains("\"/api/v1/artifacts/{type}/{value}/reputation\"");
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void shouldRefuseToServeWithReputationSettingsItCannotRead() throws Exception {
        Path config = data.resolve("reputation.properties");
        java.nio.file.Files.writeString(config, "weight.listed = lots\n");
        var run = Cli.run("serve", "--data", data.toString(), "--port", "0", "--reputation-config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("cairn: --reputation-config " + config + ": ");
    }
}
