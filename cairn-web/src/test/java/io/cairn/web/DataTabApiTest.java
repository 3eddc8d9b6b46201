package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Store;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataTabApiTest {
    private static final String EVIL = "/api/v1/artifacts/domain/login-micros0ft.xyz/data/";
    private final ObjectMapper json = new ObjectMapper();
    private Store store;
    private ApiClient api;

    @BeforeEach
    void start(@TempDir Path dir) {
        store = ApiWorld.open(dir);
        api = new ApiClient(store);
    }

    @AfterEach
    void stop() {
        api.close();
        store.close();
    }

    private JsonNode ok(String path) throws Exception {
        var response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode problem(String path, int status) throws Exception {
        var response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
        return json.readTree(response.body());
    }

    private static List<String> objects(JsonNode page) {
        List<String> values = new ArrayList<>();
        page.path("items")
                .forEach(row -> values.add(row.path("object").path("value").asText()));
        return values;
    }

    @Test
    void shouldListResolutionsMostRecentFirstWithTheAddressesNetwork() throws Exception {
        JsonNode page = ok(EVIL + "resolution");
        assertThat(objects(page)).containsExactly("192.0.2.3", "192.0.2.2", "192.0.2.1");
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("subject").path("value").asText()).isEqualTo("login-micros0ft.xyz");
        assertThat(first.path("dataset").asText()).isEqualTo("resolution");
        assertThat(first.path("firstSeen").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(first.path("lastSeen").asText()).isEqualTo("2026-03-20T00:00:00Z");
        assertThat(first.path("count").asLong()).isEqualTo(30);
        assertThat(first.path("asn").asText()).isEqualTo("64500");
        assertThat(first.path("netblock").asText()).isEqualTo("192.0.2.0/24");
        assertThat(first.path("country").asText()).isEqualTo("NL");
        assertThat(first.path("sources").get(0).asText()).isEqualTo("sensor-b");
        assertThat(page.path("next").isNull()).isTrue();
    }

    @Test
    void shouldWalkEveryRowOnceThroughCursors() throws Exception {
        JsonNode first = ok(EVIL + "resolution?limit=2&sort=count");
        assertThat(objects(first)).containsExactly("192.0.2.3", "192.0.2.2");
        String next = first.path("next").asText();
        JsonNode second =
                ok(EVIL + "resolution?limit=2&sort=count&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        assertThat(objects(second)).containsExactly("192.0.2.1");
        assertThat(second.path("next").isNull()).isTrue();
    }

    @Test
    void shouldFilterByWindowAndSource() throws Exception {
        assertThat(objects(ok(EVIL + "resolution?since=2026-02-15"))).containsExactly("192.0.2.3", "192.0.2.2");
        assertThat(objects(ok(EVIL + "resolution?until=2026-01-31T23:59:59Z"))).containsExactly("192.0.2.1");
        assertThat(objects(ok(EVIL + "resolution?source=sensor-b"))).containsExactly("192.0.2.3");
    }

    @Test
    void shouldPutAnAddressOnTheObjectSideOfResolutionsByDefault() throws Exception {
        JsonNode page = ok("/api/v1/artifacts/ip/192.0.2.1/data/resolution");
        List<String> subjects = new ArrayList<>();
        page.path("items")
                .forEach(row -> subjects.add(row.path("subject").path("value").asText()));
        assertThat(subjects).containsExactlyInAnyOrder("login-micros0ft.xyz", "micros0ft-cdn.xyz");
        assertThat(objects(ok("/api/v1/artifacts/ip/192.0.2.1/data/resolution?side=subject")))
                .isEmpty();
    }

    @Test
    void shouldPivotOnATrackerWhoseValueNeedsPercentEncoding() throws Exception {
        String tracker = URLEncoder.encode(ApiWorld.TRACKER.value(), StandardCharsets.UTF_8);
        JsonNode page = ok("/api/v1/artifacts/tracker/" + tracker + "/data/tracker");
        List<String> subjects = new ArrayList<>();
        page.path("items")
                .forEach(row -> subjects.add(row.path("subject").path("value").asText()));
        assertThat(subjects).containsExactlyInAnyOrder("login-micros0ft.xyz", "micros0ft-cdn.xyz", ApiWorld.LOGIN_URL);
    }

    @Test
    void shouldReadAUrlWhoseSlashesArePercentEncoded() throws Exception {
        String url = URLEncoder.encode(ApiWorld.LOGIN_URL, StandardCharsets.UTF_8);
        JsonNode page = ok("/api/v1/artifacts/url/" + url + "/data/tracker");
        assertThat(page.path("items").get(0).path("subject").path("value").asText())
                .isEqualTo(ApiWorld.LOGIN_URL);
        assertThat(objects(page)).containsExactly(ApiWorld.TRACKER.value());
    }

    @Test
    void shouldAcceptADefangedValue() throws Exception {
        assertThat(objects(ok("/api/v1/artifacts/domain/login-micros0ft%5B.%5Dxyz/data/resolution")))
                .hasSize(3);
    }

    @Test
    void shouldDownloadCsvWithAHeaderRowAndDefusedFormulas() throws Exception {
        var response = api.get(EVIL + "resolution?format=csv", "X-API-Key", api.viewer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(response.body().lines().toList())
                .containsExactly(
                        "subject_type,subject,dataset,object_type,object,first_seen,last_seen,count,sources,asn,netblock,country,attributes",
                        "domain,login-micros0ft.xyz,resolution,ip,192.0.2.3,2026-03-01T00:00:00Z,2026-03-20T00:00:00Z,30,sensor-b,64500,192.0.2.0/24,NL,rrtype=A",
                        "domain,login-micros0ft.xyz,resolution,ip,192.0.2.2,2026-02-01T00:00:00Z,2026-02-20T00:00:00Z,20,sensor-a,64500,192.0.2.0/24,NL,rrtype=A",
                        "domain,login-micros0ft.xyz,resolution,ip,192.0.2.1,2026-01-01T00:00:00Z,2026-01-20T00:00:00Z,10,sensor-a,64500,192.0.2.0/24,NL,rrtype=A");
        var records = api.get(EVIL + "dns-record", "X-API-Key", api.viewer, "Accept", "text/csv");
        assertThat(records.body().lines().toList())
                .containsExactly(
                        "subject_type,subject,dataset,object_type,object,first_seen,last_seen,count,sources,attributes",
                        "domain,login-micros0ft.xyz,dns-record,keyword,\"'=HYPERLINK(\"\"http://x.test\"\")\","
                                + "2026-01-01T00:00:00Z,2026-01-01T00:00:00Z,1,resolver,rrtype=TXT");
    }

    @Test
    void shouldNameTheBadParameter() throws Exception {
        assertThat(problem(EVIL + "resolution?limit=0", 400).path("detail").asText())
                .contains("limit")
                .contains("1000");
        assertThat(problem(EVIL + "resolution?limit=ten", 400).path("detail").asText())
                .contains("limit");
        assertThat(problem(EVIL + "resolution?sort=name", 400).path("detail").asText())
                .contains("sort must be one of first_seen, last_seen, count");
        assertThat(problem(EVIL + "resolution?side=left", 400).path("detail").asText())
                .contains("side");
        assertThat(problem(EVIL + "resolution?since=yesterday", 400)
                        .path("detail")
                        .asText())
                .contains("since");
        assertThat(problem(EVIL + "resolution?since=2026-03-01&until=2026-01-01", 400)
                        .path("detail")
                        .asText())
                .contains("after until");
        assertThat(problem(EVIL + "resolution?cursor=bogus", 400).path("detail").asText())
                .contains("cursor");
        assertThat(problem(EVIL + "resolution?format=xml", 400).path("detail").asText())
                .contains("format");
        assertThat(problem(EVIL + "passive-dns", 400).path("detail").asText())
                .contains("dataset must be one of resolution, dns-record");
    }

    @Test
    void shouldExplainWhyAValueIsNotAnArtifact() throws Exception {
        JsonNode p = problem("/api/v1/artifacts/ip/999.1.1.1/data/resolution", 400);
        assertThat(p.path("detail").asText()).startsWith("value is not a ip: ");
        assertThat(problem("/api/v1/artifacts/planet/mars/data/resolution", 400)
                        .path("detail")
                        .asText())
                .contains("type must be one of ip, cidr, domain");
    }

    @Test
    void shouldAnswer404ForAnArtifactNeverSeen() throws Exception {
        JsonNode p = problem("/api/v1/artifacts/domain/quiet-garden.org/data/resolution", 404);
        assertThat(p.path("detail").asText()).contains("domain:quiet-garden.org");
    }
}
