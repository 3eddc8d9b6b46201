package io.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolutions carry the network of the address then, so an artifact page can show country and ASN. */
class ResolutionNetworksTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldGiveEveryResolvedNameTheAsnNetblockAndCountryOfItsProvider() throws IOException {
        DemoWorld.generate(11, 3_000, dir, ProgressListener.none());
        Map<Integer, Provider> byAsn = Providers.ALL.stream().collect(Collectors.toMap(Provider::asn, p -> p));
        List<JsonNode> networks;
        try (Stream<String> lines = Files.lines(dir.resolve("import/telemetry/observations.jsonl"))) {
            networks = lines.map(this::tree)
                    .filter(o -> o.path("dataset").asText().equals("resolution"))
                    .toList();
        }
        Map<String, String> resolved = new HashMap<>();
        try (Stream<String> lines = Files.lines(dir.resolve("import/pdns/passive-dns.jsonl"))) {
            lines.map(this::tree)
                    .filter(r -> r.path("rrtype").asText().equals("A"))
                    .forEach(r -> resolved.put(
                            "domain:" + r.path("rrname").asText() + " ip:"
                                    + r.path("rdata").asText(),
                            ""));
        }

        assertThat(networks).isNotEmpty();
        for (JsonNode n : networks) {
            JsonNode a = n.path("attributes");
            Provider p = byAsn.get(Integer.parseInt(a.path("asn").asText()));
            assertThat(p).as(n.toString()).isNotNull();
            assertThat(a.path("netblock").asText()).isEqualTo(p.netblock());
            assertThat(a.path("country").asText()).isEqualTo(p.country());
            assertThat(a.path("as_name").asText()).isEqualTo(p.orgName());
            assertThat(inBlock(n.path("object").asText().substring(3), p.netblock()))
                    .as(n.toString())
                    .isTrue();
            assertThat(resolved)
                    .as("passive DNS saw " + n)
                    .containsKey(
                            n.path("subject").asText() + " " + n.path("object").asText());
        }
        assertThat(networks.stream()
                        .map(n -> n.path("attributes").path("country").asText())
                        .collect(Collectors.toSet()))
                .hasSizeGreaterThan(1)
                .isSubsetOf(Providers.ALL.stream().map(Provider::country).collect(Collectors.toSet()));
    }

    private static boolean inBlock(String ip, String block) {
        String[] parts = block.split("/");
        int prefix = Integer.parseInt(parts[1]);
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return (address(ip) & mask) == (address(parts[0]) & mask);
    }

    private static long address(String dotted) {
        long value = 0;
        for (String octet : dotted.split("\\.")) {
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
    }

    private JsonNode tree(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
