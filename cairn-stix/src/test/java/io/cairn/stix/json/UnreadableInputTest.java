package io.cairn.stix.json;

import static io.cairn.stix.json.Reading.campaign;
import static io.cairn.stix.json.Reading.positionOf;
import static io.cairn.stix.json.Reading.results;
import static io.cairn.stix.json.Reading.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input that stops being STIX JSON ends the reading with one clear result, never an exception. */
class UnreadableInputTest {

    @Test
    void shouldEndWithAClearErrorWhenTheBundleIsTruncated() {
        String bundle = """
                {"type": "bundle", "id": "bundle--44af6c39-c09b-49c5-9de2-394224b04982", "objects": [
                %s,
                {"type": "campaign", "spec_version": "2.1", "id": "campaign--""".formatted(campaign("61", "one"));
        var results = results(bundle);
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Read.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Unreadable.class, end -> {
            assertThat(end.reason()).startsWith("the input ends in the middle of the JSON (truncated?)");
            assertThat(end.path()).isEqualTo("$.objects[1]");
            assertThat(end.position().line()).isEqualTo((int) bundle.lines().count());
        });
    }

    @Test
    void shouldEndWithAClearErrorWhenJsonBreaksMidStream() {
        String array = "[" + campaign("61", "one") + ",\n {\"type\": \"campaign\", \"id\": }]";
        var results = results(array);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Read.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Unreadable.class, end -> {
            assertThat(end.reason()).startsWith("not valid JSON: Unexpected character ('}'");
            assertThat(end.position()).isEqualTo(positionOf(array, "}]"));
        });
    }

    @Test
    void shouldSayWhatIsWrongWithInputThatIsNoStixJsonAtAll() {
        assertThat(unreadable("").reason()).startsWith("empty input");
        assertThat(unreadable("   \n").reason()).startsWith("empty input");
        assertThat(unreadable("hello world").reason()).startsWith("not valid JSON: Unrecognized token 'hello'");
        assertThat(unreadable("<html><body>502</body></html>").position()).isEqualTo(new Position(1, 1));
        assertThat(unreadable("\"a string\"").reason()).contains("found a string");
        assertThat(unreadable("[]  garbage").reason()).startsWith("not valid JSON");
        assertThat(unreadable("[] []").reason())
                .isEqualTo("unexpected content after the end of the top-level JSON value");
    }

    @Test
    void shouldReadNothingFromAnEmptyBundle() {
        assertThat(results("{\"type\": \"bundle\", \"id\": \"bundle--44af6c39-c09b-49c5-9de2-394224b04982\"}"))
                .isEmpty();
        assertThat(results("{\"type\": \"bundle\", \"id\": \"bundle--44af6c39-c09b-49c5-9de2-394224b04982\", "
                        + "\"objects\": []}"))
                .isEmpty();
    }

    @Test
    void shouldStopAtInputNestedDeeperThanTheParserAllows() {
        String deep = "[" + "[".repeat(5000) + "]".repeat(5000) + "]";
        assertThat(unreadable(deep).reason()).startsWith("JSON beyond the reader's limits");
        assertThat(unreadable("{\"type\": \"bundle\", \"id\": " + "[".repeat(5000))
                        .reason())
                .startsWith("JSON beyond the reader's limits");
    }
}
