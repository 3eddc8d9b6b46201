package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static final String URLHAUS = """
            # abuse.ch URLhaus Database Dump (CSV - recent URLs only)
            #
            # id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter
            "3786237","2026-02-26 12:05:20","http://login-micros0ft.xyz/auth","online","2026-02-26 12:05:20","malware_download","Mozi","https://urlhaus.abuse.ch/url/3786237/","geenensp"
            "3786236","2026-02-26 11:54:17","not a url at all","online","2026-02-26 11:54:17","malware_download","Mozi","https://urlhaus.abuse.ch/url/3786236/","geenensp"
            """;

    private static final String COF = """
            {"count":1909,"rdata":["cpa.circl.lu"],"rrname":"www.circl.lu","rrtype":"CNAME","time_first":1315586409,"time_last":1449566799}
            {"count":12,"rdata":["203.0.113.7"],"rrname":"login-micros0ft.xyz","rrtype":"A","time_first":1767225600,"time_last":1767312000}
            """;

    private Path data() {
        return dir.resolve("data");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private JsonNode importJson(String... args) throws IOException {
        var all = new java.util.ArrayList<>(java.util.List.of("import", "--data", data().toString(), "--json"));
        all.addAll(java.util.List.of(args));
        var cli = Cli.run(all.toArray(String[]::new));
        return json.readTree(cli.out());
    }

    @Test
    void shouldImportAUrlOnlyWhenItsAddressIsAllowed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = URLHAUS.getBytes(StandardCharsets.UTF_8);
        server.createContext("/recent.csv", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/recent.csv";

            var refused = Cli.run("import", "--data", data().toString(), url);
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.REJECTED);
            assertThat(refused.out()).contains(url).contains("loopback");

            JsonNode imported = importJson("--allow-loopback", url).get(0);
            assertThat(imported.path("input").asText()).isEqualTo(url);
            assertThat(imported.path("format").asText()).isEqualTo("urlhaus");
            assertThat(imported.path("read").asLong()).isEqualTo(2);
            assertThat(imported.path("rejected").asLong()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldDetectEachFormatOfADirectoryAndReportRejectedRowsWithTheirLines() throws IOException {
        write("urlhaus.csv", URLHAUS);
        Path cof = dir.resolve("in").resolve("pdns.json.gz");
        Files.createDirectories(cof.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cof))) {
            out.write(COF.getBytes(StandardCharsets.UTF_8));
        }

        var cli = Cli.run(
                "import",
                "--data",
                data().toString(),
                "--json",
                "--source",
                "team",
                dir.resolve("in").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.REJECTED);
        JsonNode reports = json.readTree(cli.out());
        assertThat(reports).hasSize(2);
        JsonNode pdns = reports.get(0);
        assertThat(pdns.path("format").asText()).isEqualTo("cof");
        assertThat(pdns.path("read").asLong()).isEqualTo(2);
        assertThat(pdns.path("imported").asLong()).isEqualTo(2);
        JsonNode feed = reports.get(1);
        assertThat(feed.path("format").asText()).isEqualTo("urlhaus");
        assertThat(feed.path("imported").asLong()).isEqualTo(1);
        assertThat(feed.path("rejected").asLong()).isEqualTo(1);
        assertThat(feed.path("rejections").get(0).path("position").asText()).endsWith("urlhaus.csv:5");

        var search = json.readTree(Cli.run("search", "--data", data().toString(), "--json", "login-micros0ft[.]xyz")
                .out());
        assertThat(search.path("store")
                        .path("observations")
                        .get(0)
                        .path("dataset")
                        .asText())
                .isEqualTo("resolution");
        var url = json.readTree(
                Cli.run("search", "--data", data().toString(), "--json", "hxxp://login-micros0ft[.]xyz/auth")
                        .out());
        assertThat(url.path("store").path("indicators").get(0).path("source").asText())
                .isEqualTo("team");
    }

    @Test
    void shouldWriteNothingInStrictModeWhenARowIsBad() throws IOException {
        Path feed = write("urlhaus.csv", URLHAUS);
        var cli = Cli.run("import", "--data", data().toString(), "--strict", feed.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(cli.out())
                .contains("refused: strict import: nothing written because of")
                .contains("urlhaus.csv:5");
        var stats = json.readTree(
                Cli.run("db", "stats", "--data", data().toString(), "--json").out());
        assertThat(stats.path("tables").path("indicator").asLong()).isZero();
    }

    @Test
    void shouldSayClearlyWhenAFileIsOfNoKnownFormat() throws IOException {
        Path text = write("notes.txt", "just some notes\n");
        JsonNode reports = importJson(text.toString());
        assertThat(reports.get(0).path("status").asText()).isEqualTo("unrecognised");
        assertThat(reports.get(0).path("error").asText()).contains("--format");
    }

    @Test
    void shouldImportWhoisAnswersAndACaptureWhoseSslLogNamesCertificatesByFileId() throws IOException {
        write("rdap.jsonl", """
                {"objectClassName":"domain","ldhName":"login-micros0ft.xyz","entities":[{"roles":["registrar"],\
                "vcardArray":["vcard",[["fn",{},"text","Example Registrar, LLC"]]]}]}
                {"objectClassName":"entity","handle":"XXXX"}
                """);
        write("ssl.log", """
                #separator \\x09
                #set_separator	,
                #path	ssl
                #fields	ts	uid	id.resp_h	id.resp_p	server_name	resumed	established	cert_chain_fuids
                1767225600.5	C1	203.0.113.7	443	login-micros0ft.xyz	F	T	FkYcqS2ZZQrMVFuS8j
                """);
        write("x509.log", """
                #separator \\x09
                #set_separator	,
                #path	x509
                #fields	ts	id	fingerprint	certificate.serial	certificate.subject	certificate.issuer	\
                certificate.not_valid_before	certificate.not_valid_after
                1767225600.6	FkYcqS2ZZQrMVFuS8j	%s	01	CN=login-micros0ft.xyz	CN=R3	1767139200	1774915200
                """.formatted("ab".repeat(32)));

        JsonNode reports = importJson("--source", "team", dir.resolve("in").toString());

        var byFormat = new java.util.HashMap<String, JsonNode>();
        reports.forEach(r -> byFormat.put(r.path("format").asText(), r));
        assertThat(byFormat).containsOnlyKeys("rdap", "zeek-ssl", "zeek-x509");
        assertThat(byFormat.get("rdap").path("read").asLong()).isEqualTo(2);
        assertThat(byFormat.get("rdap").path("rejected").asLong()).isEqualTo(1);
        assertThat(byFormat.get("zeek-ssl").path("rejected").asLong()).isZero();
        assertThat(byFormat.get("zeek-ssl").path("imported").asLong()).isEqualTo(2);
        assertThat(byFormat.get("zeek-x509").path("imported").asLong()).isEqualTo(1);
    }

    @Test
    void shouldListTheFormats() {
        var cli = Cli.run("formats");
        assertThat(cli.out())
                .contains("cof ")
                .contains("urlhaus ")
                .contains("zeek-dns ")
                .contains("zeek-x509 ")
                .contains("rdap ")
                .contains("cert ")
                .contains("csv ");
    }

    @Test
    void shouldRecogniseARepeatedImportAndChangeNothing() throws IOException {
        Path cof = write("pdns.json", COF);
        importJson("--source", "pdns", cof.toString());

        JsonNode again = importJson("--source", "pdns", cof.toString());

        assertThat(again.get(0).path("status").asText()).isEqualTo("already-imported");
        assertThat(again.get(0).path("error").asText()).contains("source 'pdns' imported this content");
        var search = json.readTree(Cli.run("search", "--data", data().toString(), "--json", "www.circl.lu")
                .out());
        assertThat(search.path("store")
                        .path("observations")
                        .get(0)
                        .path("as_subject")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void shouldCreditAFeedToItsFormatWhenNoSourceIsNamed() throws IOException {
        importJson(write("urlhaus.csv", URLHAUS).toString());

        var url = json.readTree(
                Cli.run("search", "--data", data().toString(), "--json", "hxxp://login-micros0ft[.]xyz/auth")
                        .out());
        assertThat(url.path("store").path("indicators").get(0).path("source").asText())
                .isEqualTo("urlhaus");
    }
}
