package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntelImportCommandTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static final String MANIFEST = """
            {"5a3c2fcd-8328-42bb-a95e-4f4402de0b81": {
              "Orgc": {"name": "CIRCL", "uuid": "55f6ea5e-2c60-40e5-964f-47a8950d210f"},
              "Tag": [{"name": "tlp:white", "colour": "#ffffff"}],
              "info": "OSINT - Sednit update", "date": "2017-12-21", "analysis": "2",
              "threat_level_id": "3", "timestamp": "1513948642"}}
            """;

    private static final String EVENT = """
            {"Event": {"uuid": "5a3c2fcd-8328-42bb-a95e-4f4402de0b81", "info": "OSINT - Sednit update",
              "date": "2017-12-21", "timestamp": "1513948642", "publish_timestamp": "1513948700",
              "Tag": [{"name": "tlp:white"}, {"name": "misp-galaxy:threat-actor=\\"Sofacy\\""}],
              "Attribute": [{"type": "domain", "category": "Network activity", "to_ids": true,
                "uuid": "5a3ce6ae-3b00-420a-82fd-45fb950d210f", "timestamp": "1513940654",
                "value": "webviewres.net"}]}}
            """;

    private static final String GALAXY = """
            {"authors": ["Various"], "category": "actor", "description": "Threat actors", "name": "Threat Actor",
             "source": "MISP Project", "type": "threat-actor", "uuid": "7cdff317-a673-4474-84ec-4f1754947823",
             "values": [{"value": "APT28", "uuid": "5b4ee3ea-eee3-4c8e-8323-85ae32658754",
               "meta": {"country": "RU", "synonyms": ["Sofacy", "Fancy Bear"],
                        "cfr-suspected-victims": ["Georgia", "NATO"],
                        "refs": ["https://attack.mitre.org/groups/G0007/"]}}],
             "version": 349}
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private JsonNode importJson(String... args) throws IOException {
        var all =
                new ArrayList<>(List.of("import", "--data", dir.resolve("data").toString(), "--json"));
        all.addAll(List.of(args));
        return json.readTree(Cli.run(all.toArray(String[]::new)).out());
    }

    @Test
    void shouldListTheIntelFormats() {
        assertThat(Cli.run("formats").out())
                .contains("mitre-attack ")
                .contains("misp-galaxy ")
                .contains("stix ");
    }

    @Test
    void shouldImportAMispFeedDirectoryCleanlyWithItsManifest() throws IOException {
        write("feed/manifest.json", MANIFEST);
        write("feed/5a3c2fcd-8328-42bb-a95e-4f4402de0b81.json", EVENT);

        JsonNode reports = importJson(dir.resolve("in").resolve("feed").toString());

        assertThat(reports).hasSize(2);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.path("status").asText()).isEqualTo("imported");
            assertThat(r.path("format").asText()).isEqualTo("misp");
            assertThat(r.path("rejected").asLong()).isZero();
        });
    }

    @Test
    void shouldImportAGalaxyCreditedToItsFormat() throws IOException {
        JsonNode reports = importJson(write("threat-actor.json", GALAXY).toString());

        assertThat(reports.get(0).path("status").asText()).isEqualTo("imported");
        assertThat(reports.get(0).path("format").asText()).isEqualTo("misp-galaxy");
        assertThat(reports.get(0).path("imported").asLong()).isEqualTo(1);
    }
}
