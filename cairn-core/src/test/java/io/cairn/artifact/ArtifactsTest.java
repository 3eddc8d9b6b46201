package io.cairn.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.ParseResult.NotAnArtifact;
import io.cairn.artifact.ParseResult.Parsed;
import org.junit.jupiter.api.Test;

class ArtifactsTest {

    @Test
    void shouldRefangCanonicaliseAndDeriveTheRegisteredDomainOfADefangedUrl() {
        ParseResult result = Artifacts.parse("hxxps://Login.Example[.]co.uk:443/a/../b#x");

        assertThat(result).isInstanceOfSatisfying(Parsed.class, parsed -> {
            assertThat(parsed.artifact()).isEqualTo(Artifact.of(ArtifactType.URL, "https://login.example.co.uk/b"));
            assertThat(parsed.refanged()).isEqualTo("https://Login.Example.co.uk:443/a/../b#x");
            assertThat(Artifacts.facts(parsed.artifact()).registeredDomain()).isEqualTo("example.co.uk");
        });
    }

    @Test
    void shouldKeepTheCallersInputAndSayWhyWhenItIsNotAnArtifact() {
        ParseResult result = Artifacts.parse("  01.02.03.004 ");

        assertThat(result).isInstanceOfSatisfying(NotAnArtifact.class, rejected -> {
            assertThat(rejected.input()).isEqualTo("  01.02.03.004 ");
            assertThat(rejected.reason()).contains("leading zero").contains("octal");
        });
        assertThat(result.toOptional()).isEmpty();
    }

    @Test
    void shouldOfferTheArtifactAsAnOptional() {
        assertThat(Artifacts.parse("AS13335").toOptional()).contains(Artifact.of(ArtifactType.ASN, "AS13335"));
    }

    @Test
    void shouldRejectFreeTextAndFileNamesWithoutAType() {
        assertThat(Artifacts.parse("hello world")).isInstanceOf(NotAnArtifact.class);
        assertThat(Artifacts.parse("invoice.pdf"))
                .isInstanceOfSatisfying(
                        NotAnArtifact.class, r -> assertThat(r.reason()).isEqualTo("unknown top-level domain .pdf"));
    }

    @Test
    void shouldTakeFreeTextAsAKeywordWhenAskedTo() {
        assertThat(Artifacts.parse(ArtifactType.KEYWORD, "  hello \n world ").toOptional())
                .contains(Artifact.of(ArtifactType.KEYWORD, "hello world"));
    }

    @Test
    void shouldShowInternationalisedNamesInUnicodeButStoreThemAsALabels() {
        Artifact domain = Artifacts.parse("Пример.рф").toOptional().orElseThrow();

        assertThat(domain.value()).isEqualTo("xn--e1afmkfd.xn--p1ai");
        assertThat(domain.display()).isEqualTo("пример.рф");
    }

    @Test
    void shouldShowTheUnicodeHostOfAUrlWithAnInternationalisedName() {
        Artifact url = Artifacts.parse("https://bücher.de/a").toOptional().orElseThrow();

        assertThat(url.value()).isEqualTo("https://xn--bcher-kva.de/a");
        assertThat(url.display()).isEqualTo("https://bücher.de/a");
    }

    @Test
    void shouldDisplayIdna2008LabelsThatJavaIdnCannotDecode() {
        Artifact domain = Artifacts.parse("xn--fa-hia.de").toOptional().orElseThrow();

        assertThat(domain.display()).isEqualTo("faß.de");
    }

    @Test
    void shouldKeepTheLocalPartOfAnEmailAsWritten() {
        Artifact email = Artifacts.parse("John.Doe@EXAMPLE.com").toOptional().orElseThrow();

        assertThat(email.value()).isEqualTo("John.Doe@example.com");
    }

    @Test
    void shouldWriteIpv4MappedAddressesInMixedNotationAndExposeTheIpv4Address() {
        Artifact ip = Artifacts.parse("::FFFF:C000:0201").toOptional().orElseThrow();

        assertThat(ip.value()).isEqualTo("::ffff:192.0.2.1");
        ArtifactFacts facts = Artifacts.facts(ip);
        assertThat(facts.mappedIpv4()).isEqualTo("192.0.2.1");
        assertThat(facts.ipVersion()).isEqualTo(6);
        assertThat(facts.classifications())
                .containsExactlyInAnyOrder(Classification.IPV4_MAPPED, Classification.DOCUMENTATION);
    }

    @Test
    void shouldDropThePortOfAHostButKeepItInTheRefangedText() {
        ParseResult result = Artifacts.parse("185.220.101[.]5:9001");

        assertThat(result).isInstanceOfSatisfying(Parsed.class, parsed -> {
            assertThat(parsed.artifact()).isEqualTo(Artifact.of(ArtifactType.IP, "185.220.101.5"));
            assertThat(parsed.refanged()).isEqualTo("185.220.101.5:9001");
        });
    }

    @Test
    void shouldTakeAHostWithAPathAsAnHttpUrl() {
        assertThat(Artifacts.parse("evil[.]com/login.php").toOptional())
                .contains(Artifact.of(ArtifactType.URL, "http://evil.com/login.php"));
    }

    @Test
    void shouldRecogniseGoogleTrackerIdsWithoutAKind() {
        assertThat(Artifacts.parse("UA-12345-1").toOptional())
                .contains(Artifact.of(ArtifactType.TRACKER, "GoogleAnalyticsTrackingId:UA-12345-1"));
    }

    @Test
    void shouldKeepTheFullStopOfAnOrganisationInAWhoisField() {
        assertThat(Artifacts.parse("registrant-org: Example Inc.").toOptional())
                .contains(Artifact.of(ArtifactType.WHOIS_FIELD, "registrant-org:Example Inc."));
    }

    @Test
    void shouldGiveFactsOfTheHostForEmailsAndCookies() {
        Artifact email = Artifacts.parse("bob@mail.example.co.uk").toOptional().orElseThrow();
        Artifact cookie = Artifacts.parse(ArtifactType.COOKIE, "_ga@.example.co.uk")
                .toOptional()
                .orElseThrow();

        assertThat(Artifacts.facts(email).registeredDomain()).isEqualTo("example.co.uk");
        assertThat(Artifacts.facts(cookie).registeredDomain()).isEqualTo("example.co.uk");
    }

    @Test
    void shouldGiveAddressFactsForAUrlWithAnIpHost() {
        Artifact url = Artifacts.parse("http://[fd00::1]:8080/x").toOptional().orElseThrow();

        ArtifactFacts facts = Artifacts.facts(url);

        assertThat(facts.ipVersion()).isEqualTo(6);
        assertThat(facts.classifications()).containsExactly(Classification.PRIVATE);
        assertThat(facts.registeredDomain()).isNull();
    }

    @Test
    void shouldHaveNoFactsForArtifactsWithoutAHost() {
        Artifact hash =
                Artifacts.parse("44d88612fea8a8f36de82e1278abb02f").toOptional().orElseThrow();

        assertThat(Artifacts.facts(hash)).isEqualTo(ArtifactFacts.none());
    }

    @Test
    void shouldDeriveFactsFromArtifactsBuiltElsewhereWithoutTrustingTheirValue() {
        assertThat(Artifacts.facts(Artifact.of(ArtifactType.DOMAIN, "WWW.Example.CO.UK"))
                        .registeredDomain())
                .isEqualTo("example.co.uk");
        assertThat(Artifacts.facts(Artifact.of(ArtifactType.IP, "not an ip"))).isEqualTo(ArtifactFacts.none());
    }

    @Test
    void shouldMarkHomographDomainsThatMixScripts() {
        Artifact lookalike = Artifacts.parse("pаypal.com").toOptional().orElseThrow();

        ArtifactFacts facts = Artifacts.facts(lookalike);

        assertThat(facts.idn()).isTrue();
        assertThat(facts.unicodeHost()).isEqualTo("pаypal.com");
        assertThat(facts.classifications()).contains(Classification.IDN, Classification.MIXED_SCRIPT);
    }

    @Test
    void shouldNotTakeJapaneseMixingKanjiAndKanaForAHomograph() {
        Artifact japanese = Artifacts.parse("例え.jp").toOptional().orElseThrow();

        assertThat(Artifacts.facts(japanese).classifications()).containsExactly(Classification.IDN);
    }

    @Test
    void shouldRejectNullsAsBugs() {
        assertThatThrownBy(() -> Artifacts.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Artifacts.parse(ArtifactType.IP, null)).isInstanceOf(NullPointerException.class);
    }
}
