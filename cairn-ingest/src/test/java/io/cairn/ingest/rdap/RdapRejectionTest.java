package io.cairn.ingest.rdap;

import static io.cairn.ingest.rdap.RdapReads.documents;
import static io.cairn.ingest.rdap.RdapReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.document.Document;
import io.cairn.ingest.FormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RdapRejectionTest {
    private static final String GOOD = """
            {"objectClassName":"domain","ldhName":"good.example.com"}""";

    private static List<io.cairn.ingest.Read> lines(String... lines) {
        return RdapReads.read("lookups.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRejectEachBadLineByItsPathAndReadTheRest() {
        var reads = lines(
                "{\"objectClassName\":\"domain\",\"ldhName\":",
                GOOD,
                "{\"objectClassName\":\"nameserver\",\"ldhName\":\"ns1.example.com\"}",
                "{\"objectClassName\":\"domain\",\"handle\":\"XXXX\"}",
                "{\"objectClassName\":\"domain\",\"ldhName\":\"xn--fo-5ja.example\"}",
                "{\"objectClassName\":\"domain\",\"ldhName\":\"a.example.com\",\"events\":[{\"eventAction\":"
                        + "\"registration\",\"eventDate\":\"2020-01-01\"}]}",
                "{\"ldhName\":\"b.example.com\"}",
                "[1]",
                GOOD);

        assertThat(documents(reads)).extracting(Document::key).containsExactly("good.example.com", "good.example.com");
        assertThat(rejections(reads))
                .containsExactly(
                        "lookups.jsonl:1 $: the object from line 1 is cut short: line 2 starts the next",
                        "lookups.jsonl:3 $.objectClassName: objectClassName is 'nameserver', not domain",
                        "lookups.jsonl:4 $.ldhName: a domain object needs an ldhName",
                        "lookups.jsonl:5 $.ldhName: ldhName 'xn--fo-5ja.example' is not a domain name: unknown "
                                + "top-level domain .example",
                        "lookups.jsonl:6 $.events[0].eventDate: eventDate '2020-01-01' of 'registration' is not an "
                                + "RFC 3339 date and time",
                        "lookups.jsonl:7 $.objectClassName: no objectClassName; an RDAP domain object says \"domain\"",
                        "lookups.jsonl:8 $: not a JSON object");
    }

    @Test
    void shouldRejectAnUnreadableJCardByItsPath() {
        var reads = lines("{\"objectClassName\":\"domain\",\"ldhName\":\"c.example.com\",\"entities\":[{\"roles\":"
                + "[\"registrar\"]},{\"roles\":[\"technical\"],\"vcardArray\":[\"vcard\",[[\"fn\",\"Joe\"]]]}]}");

        assertThat(rejections(reads))
                .containsExactly("lookups.jsonl:1 $.entities[1].vcardArray[1][0]: a jCard property is "
                        + "[name, {parameters}, type, value]");
    }

    @Test
    void shouldRejectAPrettyObjectCutShort() {
        String text = "{\n  \"objectClassName\": \"domain\",\n  \"ldhName\": \"cut.example.com\",\n  \"events\": [\n";

        assertThat(rejections(RdapReads.read("cut.json", text.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("cut.json:1 $: the object from line 1 is cut short: it never closes");
    }

    @Test
    void shouldEndAnArrayCutShortWhereItBreaksAfterReadingWhatCameBefore() {
        String text = "[\n" + GOOD + ",\n{\"objectClassName\":\"domain\",\"ldh";
        var reader = new RdapFormat()
                .read(
                        "batch.json",
                        new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        RdapReads.CONTEXT);

        assertThat(reader.next().position().toString()).isEqualTo("batch.json:2 $[0]");
        assertThatThrownBy(reader::next)
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("batch.json:3 $[1]: not valid JSON at line 3 column ");
    }

    @Test
    void shouldRefuseInputThatIsNotJson() {
        assertThatThrownBy(() ->
                        RdapReads.read("whois.txt", "Domain Name: EXAMPLE.COM\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class)
                .hasMessage("whois.txt:1: not JSON: RDAP is a JSON object, an array of them or JSON lines");
    }
}
