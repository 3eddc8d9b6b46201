package io.cairn.ingest.rdap;

import static io.cairn.ingest.rdap.RdapReads.IMPORTED;
import static io.cairn.ingest.rdap.RdapReads.SOURCE;
import static io.cairn.ingest.rdap.RdapReads.documents;
import static io.cairn.ingest.rdap.RdapReads.observations;
import static io.cairn.ingest.rdap.RdapReads.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.document.Document;
import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RdapFormatTest {

    static Observation whois(String domain, String field, Instant at, Map<String, String> dates, String contact) {
        Map<String, String> attributes = new HashMap<>(dates);
        if (contact != null) {
            attributes.put("contact", contact);
        }
        return new Observation(
                Artifact.of(ArtifactType.DOMAIN, domain),
                Dataset.WHOIS,
                Artifact.of(ArtifactType.WHOIS_FIELD, field),
                at,
                at,
                1,
                Set.of(SOURCE),
                attributes);
    }

    static Observation ns(String domain, String server, Instant at) {
        return new Observation(
                Artifact.of(ArtifactType.DOMAIN, domain),
                Dataset.DNS_RECORD,
                Artifact.of(ArtifactType.DOMAIN, server),
                at,
                at,
                1,
                Set.of(SOURCE),
                Map.of("rrtype", "NS"));
    }

    @Test
    void shouldMapTheRfc9083DomainExample() throws Exception {
        List<Read> reads = RdapReads.resource("rfc9083-domain.json");
        String domain = "xn--fo-5ja.example.com";
        Map<String, String> dates = Map.of(
                "registration", "1990-12-31T23:59:59Z",
                "expiration", "2016-12-31T23:59:59Z",
                "last_changed", "1991-12-31T23:59:59Z");

        assertThat(reads)
                .singleElement()
                .extracting(r -> r.position().toString())
                .isEqualTo("rfc9083-domain.json:1 $");
        Document document = documents(reads).get(0);
        assertThat(document.kind()).isEqualTo("whois");
        assertThat(document.key()).isEqualTo(domain);
        assertThat(document.artifact()).isEqualTo(Artifact.of(ArtifactType.DOMAIN, domain));
        assertThat(document.mediaType()).isEqualTo("application/rdap+json");
        assertThat(document.validFrom()).isEqualTo(Instant.parse("1991-12-31T23:59:59Z"));
        assertThat(document.fetchedAt())
                .as("no database update event: the import time")
                .isEqualTo(IMPORTED);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(document.body())).isEqualTo(json.readTree(RdapReads.bytes("rfc9083-domain.json")));
        assertThat(observations(reads))
                .containsExactly(
                        whois(domain, "registrant-email:joe.user@example.com", IMPORTED, dates, "registrant"),
                        whois(domain, "registrant-name:Joe User", IMPORTED, dates, "registrant"),
                        whois(domain, "registrant-org:Example", IMPORTED, dates, "registrant"),
                        whois(domain, "registrant-phone:+1-555-555-1234;ext=102", IMPORTED, dates, "registrant"),
                        whois(
                                domain,
                                "registrant-address:Suite 1234, 4321 Rue Somewhere, Quebec, QC, G1V 2M2, Canada",
                                IMPORTED,
                                dates,
                                "registrant"),
                        whois(domain, "name-server:ns1.example.com", IMPORTED, dates, null),
                        whois(domain, "name-server:ns2.example.com", IMPORTED, dates, null),
                        ns(domain, "ns1.example.com", IMPORTED),
                        ns(domain, "ns2.example.com", IMPORTED));
    }

    @Test
    void shouldLeaveRedactedValuesOutAndDateTheFetchByTheDatabaseUpdate() {
        List<Read> reads = RdapReads.resource("registrar-redacted.json");
        String domain = "cairn-sample-shop.com";
        Instant fetched = Instant.parse("2026-03-01T08:00:00Z");
        Map<String, String> dates = Map.of(
                "registration", "2019-04-02T09:15:00Z",
                "expiration", "2027-04-02T09:15:00Z",
                "last_changed", "2025-03-20T11:02:41Z");

        assertThat(rejections(reads)).isEmpty();
        assertThat(documents(reads))
                .singleElement()
                .satisfies(d -> assertThat(d.fetchedAt()).isEqualTo(fetched))
                .satisfies(d -> assertThat(d.validFrom()).isEqualTo(Instant.parse("2025-03-20T11:02:41Z")));
        assertThat(observations(reads))
                .as("placeholder text, empty values and the replaced tech e-mail are not artifacts")
                .containsExactly(
                        whois(domain, "registrar:Example Registrar, LLC", fetched, dates, "registrar"),
                        whois(domain, "registrant-org:Example Shop B.V.", fetched, dates, "registrant"),
                        whois(domain, "registrant-address:Noord-Holland, NL", fetched, dates, "registrant"),
                        whois(domain, "name-server:ns1.example-dns.net", fetched, dates, null),
                        whois(domain, "name-server:ns2.example-dns.net", fetched, dates, null),
                        ns(domain, "ns1.example-dns.net", fetched),
                        ns(domain, "ns2.example-dns.net", fetched));
    }

    @Test
    void shouldReadJsonLinesAndMergeOneValueGivenByManyContacts() {
        List<Read> reads = RdapReads.resource("lookups.jsonl");
        Instant fetched = Instant.parse("2026-03-02T10:41:55Z");
        Map<String, String> thin = Map.of(
                "registration", "2011-08-14T18:02:11Z",
                "expiration", "2026-08-14T18:02:11Z",
                "last_changed", "2025-07-15T06:21:09Z");
        Map<String, String> acme = Map.of("registration", "2003-02-09T23:00:00Z", "expiration", "2027-02-09T23:00:00Z");

        assertThat(reads)
                .extracting(r -> r.position().toString())
                .containsExactly("lookups.jsonl:1 $", "lookups.jsonl:2 $");
        assertThat(documents(reads)).extracting(Document::key).containsExactly("example-shop.com", "acme-widgets.net");
        assertThat(documents(reads).get(1).validFrom())
                .as("without a last change, the registration")
                .isEqualTo(Instant.parse("2003-02-09T23:00:00Z"));
        assertThat(observations(reads))
                .containsExactly(
                        whois("example-shop.com", "registrar:Example Registrar, LLC", fetched, thin, "registrar"),
                        whois("example-shop.com", "name-server:ns-1204.awsdns-22.org", fetched, thin, null),
                        whois("example-shop.com", "name-server:ns-371.awsdns-46.com", fetched, thin, null),
                        ns("example-shop.com", "ns-1204.awsdns-22.org", fetched),
                        ns("example-shop.com", "ns-371.awsdns-46.com", fetched),
                        whois(
                                "acme-widgets.net",
                                "registrant-email:hostmaster@acme-widgets.net",
                                IMPORTED,
                                acme,
                                "administrative,registrant,technical"),
                        whois("acme-widgets.net", "registrant-name:Wile E. Coyote", IMPORTED, acme, "registrant"),
                        whois("acme-widgets.net", "registrant-org:Acme Widgets Ltd", IMPORTED, acme, "registrant"),
                        whois("acme-widgets.net", "registrant-phone:+44.2071234567", IMPORTED, acme, "registrant"),
                        whois(
                                "acme-widgets.net",
                                "registrant-address:12 Canyon Road, Desert Springs, United Kingdom",
                                IMPORTED,
                                acme,
                                "registrant"),
                        whois(
                                "acme-widgets.net",
                                "registrant-name:Road Runner",
                                IMPORTED,
                                acme,
                                "administrative,technical"),
                        whois("acme-widgets.net", "name-server:ns1.acme-widgets.net", IMPORTED, acme, null),
                        ns("acme-widgets.net", "ns1.acme-widgets.net", IMPORTED));
    }

    @Test
    void shouldStreamAnArrayOfDomainObjectsByIndex() {
        String first =
                new String(RdapReads.bytes("lookups.jsonl")).lines().findFirst().orElseThrow();
        String text = "[\n" + first + ",\n{\"objectClassName\":\"entity\",\"handle\":\"XXXX\"}\n]\n";

        List<Read> reads = RdapReads.read("batch.json", text.getBytes());

        assertThat(documents(reads)).extracting(Document::key).containsExactly("example-shop.com");
        assertThat(rejections(reads))
                .containsExactly("batch.json:3 $[1].objectClassName: objectClassName is 'entity', not domain");
    }

    @Test
    void shouldReadEachResultOfADomainSearchAnswerAfterAByteOrderMark() {
        String text = """
                \uFEFF{"rdapConformance":["rdap_level_0"],"domainSearchResults":[
                  {"objectClassName":"domain","ldhName":"shop-one.example.com"},
                  {"objectClassName":"domain","handle":"XXXX"}
                ]}
                """;

        List<Read> reads = RdapReads.read("search.json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(documents(reads)).extracting(Document::key).containsExactly("shop-one.example.com");
        assertThat(reads.get(0).position().toString()).isEqualTo("search.json:1 $.domainSearchResults[0]");
        assertThat(rejections(reads))
                .containsExactly("search.json:1 $.domainSearchResults[1].ldhName: a domain object needs an ldhName");
    }

    @Test
    void shouldDetectRdapWithoutClaimingOtherJson() {
        RdapFormat format = new RdapFormat();

        assertThat(format.detect("x", RdapReads.bytes("rfc9083-domain.json"))).isEqualTo(95);
        assertThat(format.detect("x", RdapReads.bytes("registrar-redacted.json")))
                .isEqualTo(95);
        assertThat(format.detect("x", RdapReads.bytes("lookups.jsonl"))).isEqualTo(95);
        assertThat(format.detect("x", "{\"type\":\"bundle\",\"objects\":[]}".getBytes()))
                .isZero();
        assertThat(format.detect("x", "{\"rrname\":\"example.com\",\"rrtype\":\"A\"}".getBytes()))
                .isZero();
    }
}
