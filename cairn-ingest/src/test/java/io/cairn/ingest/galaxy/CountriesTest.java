package io.cairn.ingest.galaxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void shouldKnowEnglishNamesAndCommonShortForms() {
        assertThat(Countries.code("United States")).contains("US");
        assertThat(Countries.code("South Korea")).contains("KR");
        assertThat(Countries.code("Russia")).contains("RU");
        assertThat(Countries.code("Russian Federation")).contains("RU");
        assertThat(Countries.code("Turkey")).contains("TR");
        assertThat(Countries.code("Czech Republic")).contains("CZ");
        assertThat(Countries.code("The Philippines")).contains("PH");
        assertThat(Countries.code("Hong Kong")).contains("HK");
        assertThat(Countries.code("germany")).contains("DE");
    }

    @Test
    void shouldLeaveOutRegionsAndOrganisations() {
        assertThat(Countries.code("Middle East")).isEmpty();
        assertThat(Countries.code("NATO")).isEmpty();
        assertThat(Countries.code("Bangladesh Bank")).isEmpty();
        assertThat(Countries.code("Lebonon")).isEmpty();
    }
}
