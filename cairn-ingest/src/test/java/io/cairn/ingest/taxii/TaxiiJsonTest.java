package io.cairn.ingest.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxiiJsonTest {
    private static final URI FROM = URI.create("https://taxii.example/taxii2/");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"more\": \"yes\", \"objects\": []}|the envelope's more is not true or false",
                "{\"objects\": \"none\"}|the envelope's objects is not an array",
                "[1, 2]|the server answered with JSON that is not an envelope object",
                "{\"objects\": [|the server answered with malformed JSON: Unexpected end-of-input"
            })
    void shouldNameWhatIsWrongWithAnEnvelope(String body, String reason) {
        assertThat(TaxiiJson.page(body.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(
                        TaxiiAnswer.Failed.class,
                        failed -> assertThat(failed.reason()).startsWith(reason));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"api_roots\": []}|the server's discovery resource lacks title",
                "\"text\"|https://taxii.example/taxii2/ answered with JSON that is not an object",
                "|https://taxii.example/taxii2/ answered with JSON that is not an object"
            })
    void shouldNameWhatIsWrongWithDiscovery(String body, String reason) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        assertThat(TaxiiJson.parse(bytes, FROM, TaxiiJson::discovery))
                .isEqualTo(new TaxiiAnswer.Failed<Discovery>(reason));
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseCollectionsWithoutIdsAndTakeAnEmptyEnvelopeAsAnEmptyPage() {
        assertThat(TaxiiJson.parse(
                        "{\"collections\": [{\"title\": \"x\"}]}".getBytes(StandardCharsets.UTF_8),
                        FROM,
                        TaxiiJson::collections))
                .isEqualTo(new TaxiiAnswer.Failed<>("the server's collection resource lacks id and title"));
        var empty = (TaxiiAnswer.Ok<Page>) TaxiiJson.page("{}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(empty.value().count()).isZero();
        assertThat(empty.value().more()).isFalse();
        assertThat(new String(empty.value().objects(), StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @org.junit.jupiter.api.Test
    void shouldTakeTheLastObjectsDateAddedWhenTheHeaderIsMissing() {
        var page = (TaxiiAnswer.Ok<Page>) TaxiiJson.page("""
                {"objects": [{"id": "a", "date_added": "2026-01-01T00:00:00Z"},
                             {"id": "b", "date_added": "2026-01-02T00:00:00Z"}]}""".getBytes(StandardCharsets.UTF_8), null);
        assertThat(page.value().dateAddedLast()).isEqualTo("2026-01-02T00:00:00Z");
    }
}
