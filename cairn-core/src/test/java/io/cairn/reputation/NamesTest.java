package io.cairn.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final Lookalikes lookalikes = new Lookalikes(List.of("microsoft.com", "paypal.com", "novabank.com"));

    @Test
    void shouldScoreRandomLabelsAsGeneratedAndWordsAsNot() {
        for (String generated : List.of("xjw3kq9zpt7b", "qwrtzpsdfgh", "a3f9c2e1b7d4", "kdjfhgytrbnv")) {
            assertThat(GeneratedNames.score(generated)).as(generated).isGreaterThanOrEqualTo(0.6);
        }
        for (String word : List.of("novabank", "stackoverflow", "login-micros0ft", "wikipedia", "bestbuy", "github")) {
            assertThat(GeneratedNames.score(word)).as(word).isLessThan(0.6);
        }
    }

    @Test
    void shouldNotJudgeShortLabels() {
        assertThat(GeneratedNames.score("xq7z")).isZero();
    }

    @Test
    void shouldSeeHomoglyphsOfABrand() {
        assertThat(match("micros0ft.xyz"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("homoglyphs of microsoft");
        assertThat(match("paypa1.com"))
                .get()
                .extracting(Lookalikes.Match::brand)
                .isEqualTo("paypal.com");
        assertThat(match("rnicrosoft.net"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("homoglyphs of microsoft");
    }

    @Test
    void shouldSeeCyrillicLettersInAnInternationalisedName() {
        // "раураl" with Cyrillic р, а and у
        String unicode = "\u0440\u0430\u0443\u0440\u0430l.com";
        assertThat(lookalikes.match("xn--l-7sbab3cc.com", unicode, "xn--l-7sbab3cc.com"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("homoglyphs of paypal");
    }

    @Test
    void shouldSeeTyposWithinASmallEditDistance() {
        assertThat(match("microsfot.com"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("edit distance 1 from microsoft");
        assertThat(match("novabnk.com"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("edit distance 1 from novabank");
    }

    @Test
    void shouldSeeTheBrandWithSeparatorsOrInASubdomain() {
        assertThat(match("login-micros0ft.xyz"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("microsoft inside the name");
        assertThat(match("paypal.secure-login.top"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("paypal in a subdomain");
        assertThat(match("microsoft.co"))
                .get()
                .extracting(Lookalikes.Match::how)
                .isEqualTo("microsoft under another suffix");
    }

    @Test
    void shouldLeaveTheBrandsOwnNamesAndUnrelatedNamesAlone() {
        assertThat(match("microsoft.com")).isEmpty();
        assertThat(match("login.microsoft.com")).isEmpty();
        assertThat(match("example.org")).isEmpty();
        assertThat(match("paycheck.com")).isEmpty();
    }

    @Test
    void shouldMeasureSwapsOfNeighbouringLettersAsOneEdit() {
        assertThat(Lookalikes.distance("microsfot", "microsoft")).isEqualTo(1);
        assertThat(Lookalikes.distance("kitten", "sitting")).isEqualTo(3);
    }

    private Optional<Lookalikes.Match> match(String host) {
        io.cairn.artifact.ArtifactFacts facts = io.cairn.artifact.Artifacts.facts(
                io.cairn.artifact.Artifact.of(io.cairn.artifact.ArtifactType.DOMAIN, host));
        return lookalikes.match(host, facts.unicodeHost(), facts.registeredDomain());
    }
}
