package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowCommandTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static final String RESOLVERS = """
            {"name": "List of known public DNS resolvers",
             "description": "Public DNS resolvers, benign by themselves",
             "version": 20260101, "type": "cidr",
             "list": ["8.8.8.8/32", "1.1.1.0/24", "not-a-range", "2606:4700:4700::1111/128"],
             "matching_attributes": ["ip-dst"]}
            """;

    @Test
    void shouldImportAWarningListAndShowItsMatchesInSearch() throws IOException {
        Path list = Files.writeString(dir.resolve("public-dns.json"), RESOLVERS);
        String data = dir.resolve("data").toString();

        var imported = Cli.run("allow", "import", "--data", data, list.toString());
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(imported.out())
                .contains("list 'List of known public DNS resolvers': read 4, stored 3, replaced 0, rejected 1")
                .contains("$.list[2]");

        var again = Cli.run("allow", "import", "--data", data, "--json", list.toString());
        assertThat(json.readTree(again.out()).get(0).path("removed").asInt()).isEqualTo(3);
        assertThat(Cli.run("allow", "lists", "--data", data).out().trim())
                .isEqualTo("List of known public DNS resolvers");

        var inside = json.readTree(
                Cli.run("search", "--data", data, "--json", "1.1.1[.]1").out());
        assertThat(inside.path("store").path("warning_lists").get(0).asText())
                .contains("List of known public DNS resolvers");
        var outside = json.readTree(
                Cli.run("search", "--data", data, "--json", "1.1.2.1").out());
        assertThat(outside.path("store").path("warning_lists")).isEmpty();
    }
}
