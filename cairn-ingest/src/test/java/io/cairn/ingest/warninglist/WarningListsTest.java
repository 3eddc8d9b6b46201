package io.cairn.ingest.warninglist;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Position;
import io.cairn.ingest.Rejection;
import io.cairn.store.AllowEntry;
import io.cairn.store.WarningList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WarningListsTest {

    @Test
    void shouldReadAMispCidrListWithItsNameVersionAndDescription() throws IOException {
        WarningLists.Parsed parsed = parsed(WarningListImportTest.resource("amazon-aws.json"));

        assertThat(parsed.list().name()).isEqualTo("List of known Amazon AWS IP address ranges");
        assertThat(parsed.list().description()).startsWith("Amazon AWS IP address ranges");
        assertThat(parsed.list().version()).isEqualTo("20260811");
        assertThat(parsed.list().kind()).isEqualTo(WarningList.Kind.CIDR);
        assertThat(parsed.read()).isEqualTo(3847);
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.list().entries())
                .hasSize(3847)
                .first()
                .isEqualTo(AllowEntry.of(AllowEntry.Kind.CIDR, "1.178.1.0/24", "1.178.1.0/24"));
    }

    @Test
    void shouldRejectABadCidrEntryWithItsIndexAndKeepTheRest() throws IOException {
        String good =
                IntStream.range(0, 17).mapToObj(i -> "\"10.0." + i + ".0/24\"").collect(Collectors.joining(", "));
        WarningLists.Parsed parsed = parsed(list("cidr", good + ", \"300.1.2.0/24\", \"192.0.2.9\", \"\""));

        assertThat(parsed.read()).isEqualTo(20);
        assertThat(parsed.list().entries()).hasSize(18);
        assertThat(parsed.rejected())
                .extracting(Rejection::position)
                .containsExactly(
                        Position.path("test.json", 0, "$.list[17]"), Position.path("test.json", 0, "$.list[19]"));
        assertThat(parsed.rejected().get(1).reason()).isEqualTo("empty entry");
    }

    @Test
    void shouldReadHostnamesAsSuffixesWithOrWithoutTheLeadingDot() throws IOException {
        WarningLists.Parsed parsed = parsed(list("hostname", "\".Example.COM\", \"cdn.test.org\", \"not a host\""));

        assertThat(parsed.list().entries())
                .containsExactly(
                        AllowEntry.of(AllowEntry.Kind.SUFFIX, "example.com", ".Example.COM"),
                        AllowEntry.of(AllowEntry.Kind.SUFFIX, "cdn.test.org", "cdn.test.org"));
        assertThat(parsed.rejected()).extracting(r -> r.position().path()).containsExactly("$.list[2]");
    }

    @Test
    void shouldRejectABadRegexAndUnwrapDelimitedOnes() throws IOException {
        WarningLists.Parsed parsed = parsed(list("regex", "\"/^www\\\\.example\\\\./i\", \"(unclosed\""));

        assertThat(parsed.list().entries()).extracting(AllowEntry::value).containsExactly("(?i)^www\\.example\\.");
        assertThat(parsed.rejected()).singleElement().satisfies(r -> {
            assertThat(r.position().path()).isEqualTo("$.list[1]");
            assertThat(r.reason()).startsWith("not a regex");
        });
    }

    @Test
    void shouldRefuseInputsThatAreNoWarningList() throws IOException {
        assertThat(WarningLists.read(in("name,type\nx,cidr"), "test.json"))
                .isInstanceOfSatisfying(
                        WarningLists.Invalid.class, i -> assertThat(i.reason()).startsWith("not JSON"));
        assertThat(WarningLists.read(in("{\"type\": \"cidr\", \"list\": []}"), "test.json"))
                .isEqualTo(new WarningLists.Invalid(
                        Position.path("test.json", 0, "$.name"), "a warning list needs a name"));
        assertThat(WarningLists.read(in("{\"name\": \"x\", \"type\": \"ssdeep\", \"list\": []}"), "test.json"))
                .isInstanceOfSatisfying(
                        WarningLists.Invalid.class,
                        i -> assertThat(i.position().path()).isEqualTo("$.type"));
    }

    static String list(String type, String entries) {
        return """
                {"name": "Test list", "version": 3, "description": "Hand-written", "type": "%s",
                 "matching_attributes": ["ip-dst"], "list": [%s]}""".formatted(type, entries);
    }

    private static WarningLists.Parsed parsed(String json) throws IOException {
        return (WarningLists.Parsed) WarningLists.read(in(json), "test.json");
    }

    static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
