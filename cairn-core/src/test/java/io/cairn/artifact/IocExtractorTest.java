package io.cairn.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IocExtractorTest {

    private static List<String> found(String text) {
        return IocExtractor.extract(text).stream()
                .map(e -> e.artifact().toString())
                .toList();
    }

    @Test
    void shouldFindDefangedIndicatorsInAThreatReport() {
        String report = """
                The loader beacons to hxxps://cdn-update[.]top/gate.php?id=7 and falls back to \
                45.137.21[.]9 over TCP/443. Phishing mails came from billing[at]micros0ft-support[.]com \
                and pointed at login-micros0ft[.]xyz. The payload (SHA-256 \
                9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08) exploits CVE-2023-23397.
                """;

        assertThat(found(report))
                .containsExactly(
                        "url:https://cdn-update.top/gate.php?id=7",
                        "ip:45.137.21.9",
                        "email:billing@micros0ft-support.com",
                        "domain:login-micros0ft.xyz",
                        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "cve:CVE-2023-23397");
    }

    @Test
    void shouldReportWhereEachIndicatorIsWrittenInTheOriginalText() {
        String text = "C2: hxxp://evil[.]com/x, 1.2.3[.]4 and user[at]evil[.]com.";

        List<ExtractedArtifact> found = IocExtractor.extract(text);

        assertThat(found)
                .extracting(ExtractedArtifact::matchedText)
                .containsExactly("hxxp://evil[.]com/x", "1.2.3[.]4", "user[at]evil[.]com");
        assertThat(found)
                .allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.matchedText()));
        assertThat(found.get(0).artifact()).isEqualTo(Artifact.of(ArtifactType.URL, "http://evil.com/x"));
    }

    @Test
    void shouldTakeFileNamesInProseForFilesNotDomains() {
        String text = """
                The archive payload.zip held invoice.pdf, setup.exe, report.docx, update.sh, loader.py \
                and notes.one; the dropper also wrote C:\\Users\\Public\\svc.zip and /tmp/x.sh.
                """;

        assertThat(found(text)).isEmpty();
    }

    @Test
    void shouldStillTakeFileExtensionTldsAsDomainsWhenDefangedOrInAUrl() {
        String text = "Landing pages: evil[.]zip, https://github.com-update.zip/login and www.installer.sh.";

        assertThat(found(text))
                .containsExactly(
                        "domain:evil.zip", "url:https://github.com-update.zip/login", "domain:www.installer.sh");
    }

    @Test
    void shouldNotTakeVersionNumbersForAddresses() {
        String text = """
                Affected: version 1.2.3.4 of the agent, v1.2.3, build 10.0.19041.1, release 2.0.1, \
                firmware 4.1.0.12 and Chrome 120.0.6099.109. Version: 7.0.0.1 is fixed.
                """;

        assertThat(found(text)).isEmpty();
    }

    @Test
    void shouldTakeAFourPartNumberOutsideAVersionContextForAnAddress() {
        assertThat(found("Traffic to 8.8.8.8 and from 10.1.2.3.")).containsExactly("ip:8.8.8.8", "ip:10.1.2.3");
    }

    @Test
    void shouldNotReportTheHostOfAUrlOrTheDomainOfAnEmailSeparately() {
        String text = "See https://www.evil.com/a and mail admin@evil.com about http://1.2.3.4/x.";

        assertThat(found(text))
                .containsExactly("url:https://www.evil.com/a", "email:admin@evil.com", "url:http://1.2.3.4/x");
    }

    @Test
    void shouldNotTakeHexInsideLongerRunsForHashes() {
        String text = """
                Not hashes: 44d88612fea8a8f36de82e1278abb02f00, x44d88612fea8a8f36de82e1278abb02f, \
                44d88612fea8a8f36de82e1278abb02f_old, deadbeef. A hash: 44d88612fea8a8f36de82e1278abb02f.
                """;

        assertThat(found(text)).containsExactly("md5:44d88612fea8a8f36de82e1278abb02f");
    }

    @Test
    void shouldFindAHashUsedAsAFileName() {
        assertThat(found("Dropped 44d88612fea8a8f36de82e1278abb02f.exe to disk."))
                .containsExactly("md5:44d88612fea8a8f36de82e1278abb02f");
    }

    @Test
    void shouldFindAddressesBlocksAndSocketsInLogLines() {
        String text = """
                Jan 12 10:30:45 fw01 deny src=10.0.0.5:51512 dst=185.220.101.5:443 proto=tcp
                blocklist 203.0.113.0/24, 2001:db8::/32; peer [2001:db8::1]:8443 mapped ::ffff:192.0.2.7
                """;

        assertThat(found(text))
                .containsExactly(
                        "ip:10.0.0.5",
                        "ip:185.220.101.5",
                        "cidr:203.0.113.0/24",
                        "cidr:2001:db8::/32",
                        "ip:2001:db8::1",
                        "ip:::ffff:192.0.2.7");
    }

    @Test
    void shouldFindAddressesOnBothSidesOfARange() {
        assertThat(found("scanning 10.0.0.1-10.0.0.254 today")).containsExactly("ip:10.0.0.1", "ip:10.0.0.254");
    }

    @Test
    void shouldFindAsNumbersAndCveIds() {
        String text = "Hosted at AS13335 and ASN 15169 (not as 500 people said); see CVE\u20112021\u201144228.";

        assertThat(found(text)).containsExactly("asn:AS13335", "asn:AS15169", "cve:CVE-2021-44228");
    }

    @Test
    void shouldTakeAHostWithAPathForAUrlAndDropTheSentenceAroundIt() {
        String text = "Download from evil.com/payload.bin. Also (see https://en.wikipedia.org/wiki/Foo_(bar)).";

        assertThat(found(text))
                .containsExactly("url:http://evil.com/payload.bin", "url:https://en.wikipedia.org/wiki/Foo_(bar)");
    }

    @Test
    void shouldIgnoreUnknownTopLevelDomainsAndCode() {
        String text = "Call console.log(window.location), read config.json and intranet.local, run Invoke-Expression.";

        assertThat(found(text)).isEmpty();
    }

    @Test
    void shouldFindInternationalisedDomains() {
        List<ExtractedArtifact> found = IocExtractor.extract("Homograph: аррӏе[.]com and пример.рф.");

        assertThat(found)
                .extracting(e -> e.artifact().value())
                .containsExactly("xn--80ak6aa92e.com", "xn--e1afmkfd.xn--p1ai");
        assertThat(found).extracting(ExtractedArtifact::matchedText).containsExactly("аррӏе[.]com", "пример.рф");
    }

    @Test
    void shouldFindNamesWrittenWithoutSpacesInChineseOrJapaneseProse() {
        String text = "攻击者通过evil.com获取数据，联系admin@evil.org确认。「bad.example.net」を参照。";

        assertThat(found(text)).containsExactly("domain:evil.com", "email:admin@evil.org", "domain:bad.example.net");
    }

    @Test
    void shouldFindIndicatorsInMarkdownAndJson() {
        String markdown = "[the panel](hxxps://panel.evil[.]com/login) and <http://x.example.com/a>";
        String json =
                "{\"domain\":\"evil.com\",\"ip\":\"1.2.3.4\",\"sha1\":\"da39a3ee5e6b4b0d3255bfef95601890afd80709\"}";

        assertThat(found(markdown)).containsExactly("url:https://panel.evil.com/login", "url:http://x.example.com/a");
        assertThat(found(json))
                .containsExactly("domain:evil.com", "ip:1.2.3.4", "sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }

    @Test
    void shouldListEachArtifactOnceWhenAskedForDistinctOnes() {
        String text = "evil[.]com, then evil.com again, then EVIL.COM.";

        assertThat(IocExtractor.extract(text)).hasSize(3);
        assertThat(IocExtractor.distinct(text))
                .singleElement()
                .satisfies(e -> assertThat(e.matchedText()).isEqualTo("evil[.]com"));
    }

    @Test
    void shouldFindNothingInEmptyText() {
        assertThat(IocExtractor.extract("")).isEmpty();
    }

    /**
     * Guards against patterns that backtrack: each text below would take hours to scan in quadratic
     * time, and takes well under a second in linear time. The bound is wide so that a busy machine
     * never trips it; the scan rate itself is measured in cairn-bench.
     */
    @Test
    void shouldScanPathologicalTextWithoutBacktracking() {
        String line = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        List<String> texts = List.of(
                line.repeat(20_000),
                "a.".repeat(500_000),
                "1:".repeat(500_000),
                "[".repeat(500_000),
                "http://".repeat(200_000),
                "1.2.3.4/?".repeat(200_000),
                "a@".repeat(500_000));

        List<Integer> found = assertTimeoutPreemptively(
                Duration.ofMinutes(2),
                () -> texts.stream()
                        .map(text -> IocExtractor.extract(text).size())
                        .toList());

        assertThat(found).hasSize(texts.size());
        assertThat(found.get(0)).isZero();
    }
}
