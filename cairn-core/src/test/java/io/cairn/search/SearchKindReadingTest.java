package io.cairn.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.ArtifactType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a query is read: the kind detected from what was pasted, or checked against the kind named. */
class SearchKindReadingTest {

    private static Term understood(String query) {
        return ((Read.Yes) Understanding.detect(query)).term();
    }

    private static Term as(SearchKind kind, String query) {
        Read read = Kinds.read(kind, query, false);
        assertThat(read).as(query).isInstanceOf(Read.Yes.class);
        return ((Read.Yes) read).term();
    }

    private static String rejection(@Nullable SearchKind kind, String query) {
        Read read = kind == null ? Understanding.detect(query) : Kinds.read(kind, query, false);
        assertThat(read).as(query).isInstanceOf(Read.No.class);
        return ((Read.No) read).reason();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.2.3[.]4                                  | ip          | 1.2.3.4
            192.0.2.0/24                               | cidr        | 192.0.2.0/24
            evil[.]example[.]com                       | domain      | evil.example.com
            hxxps://evil.com/login                     | url         | https://evil.com/login
            D41D8CD98F00B204E9800998ECF8427E           | md5         | d41d8cd98f00b204e9800998ecf8427e
            da39a3ee5e6b4b0d3255bfef95601890afd80709   | sha1        | da39a3ee5e6b4b0d3255bfef95601890afd80709
            user[at]evil[.]com                         | email       | user@evil.com
            AS13335                                    | asn         | AS13335
            cve-2021-44228                             | cve         | CVE-2021-44228
            UA-12345-1                                 | tracker     | GoogleAnalyticsTrackingId:UA-12345-1
            registrant-email:bad[@]evil.com            | whois-email | registrant-email:bad@evil.com
            name-server:ns1.evil.com                   | whois-nameserver | name-server:ns1.evil.com
            Fancy Bear                                 | keyword     | Fancy Bear
            tag: apt28                                 | tag         | apt28
            cert-serial:0a:1b:2c                       | cert-serial | 0A1B2C
            """)
    void shouldDetectTheKindOfWhatIsPastedAndRefangIt(String query, String kind, String term) {
        Term read = understood(query);

        assertThat(read.kind().id()).isEqualTo(kind);
        assertThat(read.text()).isEqualTo(term);
    }

    @Test
    void shouldTellACertificateFingerprintFromAHashByItsColons() {
        String colons = "DA:39:A3:EE:5E:6B:4B:0D:32:55:BF:EF:95:60:18:90:AF:D8:07:09";

        assertThat(understood(colons).kind()).isEqualTo(SearchKind.CERT_SHA1);
        assertThat(understood(colons).text()).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }

    @Test
    void shouldReadNamedKindsThatDetectionCannotTellApart() {
        assertThat(as(SearchKind.HASH, "D41D8CD98F00B204E9800998ECF8427E")
                        .artifact()
                        .type())
                .isEqualTo(ArtifactType.MD5);
        assertThat(as(SearchKind.HOST, "www.login.evil.co.uk").text()).isEqualTo("evil.co.uk");
        assertThat(as(SearchKind.COMPONENT, "Server/nginx/1.18.0").text()).isEqualTo("Server/nginx/1.18.0");
        assertThat(as(SearchKind.WHOIS_ORG, "Evil Corp.").text()).isEqualTo("registrant-org:Evil Corp.");
        assertThat(as(SearchKind.WHOIS_NAMESERVER, "NS1.EVIL[.]COM").text()).isEqualTo("name-server:ns1.evil.com");
        assertThat(as(SearchKind.COOKIE_NAME, "_ga").text()).isEqualTo("_ga");
        assertThat(as(SearchKind.COOKIE_DOMAIN, "shop[.]example.com").text()).isEqualTo("shop.example.com");
        assertThat(as(SearchKind.CERT_SUBJECT, "  CN=evil.com,   O=Evil ").text())
                .isEqualTo("CN=evil.com, O=Evil");
        assertThat(as(SearchKind.SUBSTRING, "PayPal[.]com").text()).isEqualTo("paypal.com");
        assertThat(as(SearchKind.CERT_SERIAL, "0x0a1b").text()).isEqualTo("0A1B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ip          | evil.com          | not a valid IP
            domain      | 1.2.3.4           | an IP address, not a domain name
            hash        | abc123            | 6 characters is not the length
            sha256      | d41d8cd98f00b204e9800998ecf8427e | 64 hex digits
            cert-sha1   | %s                | 40 hex digits, not 64
            cert-serial | xyz               | hexadecimal
            host        | co.uk             | public suffix
            cookie-name | a b               | one token
            keyword     | ?!                | no word
            substring   | ab                | at least 3 characters
            substring   | pay pal           | no spaces
            tag         | '   '             | blank
            """)
    void shouldRejectAQueryThatIsNotValidForTheNamedKindWithTheReason(String kind, String query, String reason) {
        String input = query.equals("%s") ? "b".repeat(64) : query;

        assertThat(rejection(SearchKind.fromId(kind).orElseThrow(), input)).contains(reason);
    }

    @Test
    void shouldRejectANearMissWithTheReasonOfTheTypeItTriedToBe() {
        assertThat(Understanding.detect("999.1.1.1")).isInstanceOf(Read.No.class);
        assertThat(((Read.No) Understanding.detect("999.1.1.1")).kind()).isNull();
        assertThat(rejection(null, "CVE-21-1")).contains("CVE-YYYY-NNNN");
    }

    @Test
    void shouldSearchAnAttackIdAsAProfile() {
        assertThat(understood("g0007").kind()).isEqualTo(SearchKind.PROFILE);
        assertThat(understood("g0007").text()).isEqualTo("G0007");
        assertThat(understood("T1566.001").kind()).isEqualTo(SearchKind.PROFILE);
    }

    @Test
    void shouldRejectABlankQueryWithoutGuessingAKind() {
        assertThat(rejection(null, "  ")).isEqualTo("the query is blank");
        assertThat(Understanding.detect(" ")).isEqualTo(new Read.No(null, "the query is blank"));
    }

    @Test
    void shouldNameEveryKindOnceWithADescription() {
        assertThat(SearchKind.values()).hasSizeGreaterThanOrEqualTo(27);
        for (SearchKind kind : SearchKind.values()) {
            assertThat(SearchKind.fromId(kind.id())).contains(kind);
            assertThat(kind.description()).isNotBlank();
        }
    }
}
