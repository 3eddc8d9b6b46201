package io.cairn.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void shouldReadTheFieldsOfACertificateDocument() {
        var body = JsonText.object("""
                {"subject":"CN=a\\u00e9","self_signed":true,"key_size":2048,"san_dns":["a.example","b"],"pem":null,
                 "nested":{"x":[1,2,{"y":false}]}}""").orElseThrow();

        assertThat(body.get("subject")).isEqualTo("CN=aé");
        assertThat(body.get("self_signed")).isEqualTo(true);
        assertThat(body.get("key_size")).isEqualTo(2048.0);
        assertThat(body.get("san_dns")).isEqualTo(List.of("a.example", "b"));
        assertThat(body).containsKey("pem");
        assertThat(body.get("pem")).isNull();
    }

    @Test
    void shouldGiveNothingForTextThatIsNotAJsonObject() {
        assertThat(JsonText.object("[1,2]")).isEmpty();
        assertThat(JsonText.object("{\"a\":")).isEmpty();
        assertThat(JsonText.object("{\"a\":1} trailing")).isEmpty();
        assertThat(JsonText.object("-----BEGIN CERTIFICATE-----")).isEmpty();
        assertThat(JsonText.object("{\"a\":\"\\uZZZZ\"}")).isEmpty();
    }
}
