package io.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorldTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldWriteTheSameBytesForTheSameSeedAndScale() throws Exception {
        DemoWorld.generate(7, 3_000, dir.resolve("a"), ProgressListener.none());
        DemoWorld.generate(7, 3_000, dir.resolve("b"), ProgressListener.none());
        DemoWorld.generate(8, 3_000, dir.resolve("c"), ProgressListener.none());

        assertThat(treeHash(dir.resolve("a"))).isEqualTo(treeHash(dir.resolve("b")));
        assertThat(treeHash(dir.resolve("a"))).isNotEqualTo(treeHash(dir.resolve("c")));
    }

    @Test
    void shouldWriteAboutTheScaleInObservationsAndCountEveryFile() throws IOException {
        WorldSummary summary = DemoWorld.generate(1, 5_000, dir, ProgressListener.none());

        assertThat(summary.observations()).isBetween(5_000L, 5_200L);
        long counted = summary.files().stream()
                .filter(f ->
                        List.of("cof", "observations", "zeek-ssl", "zeek-http").contains(f.format()))
                .mapToLong(FileSummary::records)
                .sum();
        assertThat(counted).isEqualTo(summary.observations());
        for (FileSummary file : summary.files()) {
            assertThat(dir.resolve(file.path())).isRegularFile();
            assertThat(file.records()).as(file.path()).isPositive();
        }
        assertThat(summary.campaigns()).hasSizeGreaterThanOrEqualTo(5).contains("Glass Heron");
    }

    @Test
    void shouldListBetweenThirtyAndFiftyPercentOfEachCampaignInFeeds() throws IOException {
        DemoWorld.generate(3, 2_000, dir, ProgressListener.none());
        JsonNode truth = json.readTree(dir.resolve(WorldSummary.GROUND_TRUTH).toFile());

        for (JsonNode campaign : truth.path("campaigns")) {
            int listable = 0;
            int listed = 0;
            for (JsonNode artifact : campaign.path("artifacts")) {
                String kind = artifact.path("kind").asText();
                assertThat(Artifacts.parse(
                                ArtifactType.fromId(kind).orElseThrow(),
                                artifact.path("value").asText()))
                        .as(artifact.toString())
                        .isInstanceOf(ParseResult.Parsed.class);
                if (List.of("domain", "ip", "url", "sha256", "md5").contains(kind)) {
                    listable++;
                    listed += artifact.path("feeds").isEmpty() ? 0 : 1;
                }
            }
            assertThat(listed * 100 / listable)
                    .as(campaign.path("name").asText())
                    .isBetween(30, 50);
        }
    }

    @Test
    void shouldNameCampaignDomainsUnderRealPublicSuffixesAndNeverReservedOnes() throws IOException {
        DemoWorld.generate(5, 2_000, dir, ProgressListener.none());
        List<String> names = new ArrayList<>();
        try (Stream<String> lines = Files.lines(dir.resolve("import/pdns/passive-dns.jsonl"))) {
            lines.map(this::rrname).forEach(names::add);
        }

        assertThat(names).allSatisfy(name -> {
            assertThat(name).doesNotEndWith(".example").doesNotEndWith(".test");
            assertThat(Artifacts.parse(ArtifactType.DOMAIN, name)).isInstanceOf(ParseResult.Parsed.class);
        });
        assertThat(names).contains("novabank.com");
    }

    private String rrname(String line) {
        try {
            return json.readTree(line).path("rrname").asText();
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    private static String treeHash(Path root) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
