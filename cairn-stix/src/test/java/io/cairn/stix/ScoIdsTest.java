package io.cairn.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoIdsTest {

    // Ids printed in the STIX 2.1 specification's examples (Errata 01, sections 2.9 and 6).
    @Test
    void shouldGiveTheIdsOfTheSpecificationsExamples() {
        assertThat(id("""
                {"type": "file", "id": "file--0", "hashes": {"SHA-256":
                 "fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db"},
                 "size": 25536, "name": "foo.dll"}""")).isEqualTo("file--949eb97a-da1e-5292-8959-03c4249dc9f3");
        assertThat(id("{\"type\": \"directory\", \"id\": \"directory--0\", \"path\": \"C:\\\\Windows\\\\System32\"}"))
                .isEqualTo("directory--0a58d0c1-59e6-5afd-8252-dcd3f13e5622");
        assertThat(id("""
                {"type": "artifact", "id": "artifact--0", "mime_type": "image/jpeg",
                 "payload_bin": "VBORw0KGgoAAAANSUhEUgAAADI== ..."}""")).isEqualTo("artifact--a785c567-cc53-52a1-abeb-026bb7ddf8ba");
        assertThat(id("""
                {"type": "email-addr", "id": "email-addr--0", "value": "john@example.com",
                 "display_name": "John Doe"}""")).isEqualTo("email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934");
        assertThat(id("{\"type\": \"autonomous-system\", \"id\": \"a--0\", \"number\": 15139, \"name\": \"Slime\"}"))
                .isEqualTo("autonomous-system--3aa27478-50b5-5ab8-9da9-cdc12b657fff");
        assertThat(id("{\"type\": \"ipv4-addr\", \"id\": \"ipv4-addr--0\", \"value\": \"198.51.100.3\"}"))
                .isEqualTo("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
    }

    @Test
    void shouldLetOnlyThePreferredHashContribute() {
        String md5 = "a92e5b2bae0b4b3a3d81c85610b95cd4";
        String sha256 = "fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db";
        String both = id("{\"type\": \"file\", \"id\": \"file--0\", \"hashes\": {\"SHA-256\": \"" + sha256
                + "\", \"MD5\": \"" + md5 + "\"}}");
        assertThat(both).isEqualTo(StixIds.deterministic("file", Map.of("hashes", Map.of("MD5", md5))));
        String sha256Only = id("{\"type\": \"file\", \"id\": \"file--0\", \"hashes\": {\"SHA-256\": \"" + sha256
                + "\", \"SSDEEP\": \"3:a:b\"}}");
        assertThat(sha256Only).isEqualTo("file--b91bcf06-0d11-5a89-9c3a-8d4279aefe56");
        String other =
                id("{\"type\": \"file\", \"id\": \"file--0\", \"hashes\": {\"TLSH\": \"t1\", \"SSDEEP\": \"s\"}}");
        assertThat(other).isEqualTo(StixIds.deterministic("file", Map.of("hashes", Map.of("TLSH", "t1"))));
    }

    @Test
    void shouldAgreeWithScosForArtifactsAndHaveNoneForProcessesOrCustomTypes() {
        var domain = Scos.of(io.cairn.artifact.Artifact.of(io.cairn.artifact.ArtifactType.DOMAIN, "example.com"))
                .orElseThrow();
        assertThat(id("{\"type\": \"domain-name\", \"id\": \"d--0\", \"value\": \"example.com\", "
                        + "\"resolves_to_refs\": [\"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4\"]}"))
                .isEqualTo(domain.id());
        assertThat(ScoIds.deterministicId(StixObject.parse("{\"type\": \"process\", \"id\": \"p--0\", \"pid\": 1}")))
                .isEmpty();
        assertThat(ScoIds.deterministicId(StixObject.parse("{\"type\": \"x-thing\", \"id\": \"x--0\", \"value\": 1}")))
                .isEmpty();
        assertThat(ScoIds.deterministicId(StixObject.parse("{\"type\": \"software\", \"id\": \"s--0\"}")))
                .isEmpty();
        assertThat(ScoIds.contributingProperties("network-traffic")).contains("src_port", "extensions");
    }

    @Test
    void shouldWriteNumbersAsEcmaScriptDoesForRfc8785() {
        // RFC 8785 section 3.2.2.3 and appendix B; 2^60 prints as JavaScript prints it.
        assertThat(Es6Numbers.format(333333333.33333329)).isEqualTo("333333333.3333333");
        assertThat(Es6Numbers.format(1E30)).isEqualTo("1e+30");
        assertThat(Es6Numbers.format(4.50)).isEqualTo("4.5");
        assertThat(Es6Numbers.format(2e-3)).isEqualTo("0.002");
        assertThat(Es6Numbers.format(0.000000000000000000000000001)).isEqualTo("1e-27");
        assertThat(Es6Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Es6Numbers.format(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(Es6Numbers.format(-Double.MIN_VALUE)).isEqualTo("-5e-324");
        assertThat(Es6Numbers.format(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
        assertThat(Es6Numbers.format(9007199254740992.0)).isEqualTo("9007199254740992");
        assertThat(Es6Numbers.format(295147905179352830000.0)).isEqualTo("295147905179352830000");
        assertThat(Es6Numbers.format(1e21)).isEqualTo("1e+21");
        assertThat(Es6Numbers.format(1e23)).isEqualTo("1e+23");
        assertThat(Es6Numbers.format(0.000001)).isEqualTo("0.000001");
        assertThat(Es6Numbers.format(1e-7)).isEqualTo("1e-7");
        assertThat(Es6Numbers.format(1424953923781206.2)).isEqualTo("1424953923781206.2");
        assertThat(CanonicalJson.write(Map.of("entropy", 7.5, "n", 1L << 60, "z", new java.math.BigDecimal("1.50"))))
                .isEqualTo("{\"entropy\":7.5,\"n\":1152921504606847000,\"z\":1.5}");
    }

    private static String id(String json) {
        return ScoIds.deterministicId(StixObject.parse(json)).orElseThrow();
    }
}
