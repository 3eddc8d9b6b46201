package io.cairn.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.store.AllowEntry;
import io.cairn.store.AllowMatch;
import io.cairn.store.ReplaceResult;
import io.cairn.store.WarningList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Storing and matching warning lists, whatever database holds them. */
abstract class AllowListContract {

    private JdbcStore store;

    /** A migrated store on a new, empty database; the subclass cleans it up after the test. */
    protected abstract JdbcStore openFresh();

    @BeforeEach
    void openStore() {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void shouldMatchAddressesInsideAListedBlockOnly() {
        store.allowList().replace(cloud("cloud", "10.1.0.0/16", "2001:db8::/32", "192.0.2.7"));

        assertThat(store.allowList().matches(ip("10.1.255.3")))
                .containsExactly(new AllowMatch("cloud", "Cloud ranges", AllowEntry.Kind.CIDR, "10.1.0.0/16"));
        assertThat(store.allowList().matches(ip("2001:db8::1")))
                .extracting(AllowMatch::entry)
                .containsExactly("2001:db8::/32");
        assertThat(store.allowList().matches(ip("192.0.2.7"))).hasSize(1);
        assertThat(store.allowList().matches(ip("10.2.0.1"))).isEmpty();
        assertThat(store.allowList().matches(ip("192.0.2.8"))).isEmpty();
        assertThat(store.allowList().matches(Artifact.of(ArtifactType.CIDR, "10.1.4.0/24")))
                .hasSize(1);
        assertThat(store.allowList().matches(Artifact.of(ArtifactType.URL, "http://10.1.2.3/x")))
                .hasSize(1);
    }

    @Test
    void shouldMatchAHostnameAndEveryNameBelowIt() {
        store.allowList()
                .replace(new WarningList(
                        "top",
                        null,
                        "1",
                        WarningList.Kind.HOSTNAME,
                        List.of(
                                AllowEntry.of(AllowEntry.Kind.SUFFIX, "example.com", ".example.com"),
                                AllowEntry.of(AllowEntry.Kind.SUFFIX, "cdn.test.org", "cdn.test.org"))));

        assertThat(store.allowList().matches(domain("example.com"))).hasSize(1);
        assertThat(store.allowList().matches(domain("a.b.example.com")))
                .containsExactly(new AllowMatch("top", null, AllowEntry.Kind.SUFFIX, ".example.com"));
        assertThat(store.allowList().matches(Artifact.of(ArtifactType.URL, "https://www.example.com/login")))
                .hasSize(1);
        assertThat(store.allowList().matches(domain("notexample.com"))).isEmpty();
        assertThat(store.allowList().matches(domain("test.org"))).isEmpty();
        assertThat(store.allowList().matches(domain("x.cdn.test.org"))).hasSize(1);
    }

    @Test
    void shouldMatchExactSubstringAndRegexEntries() {
        store.allowList()
                .replace(new WarningList(
                        "strings",
                        "Known",
                        null,
                        WarningList.Kind.STRING,
                        List.of(
                                new AllowEntry(
                                        AllowEntry.Kind.EXACT,
                                        ArtifactType.EMAIL,
                                        "abuse@example.net",
                                        "abuse@example.net"),
                                AllowEntry.of(AllowEntry.Kind.SUBSTRING, "googleusercontent", "googleusercontent"),
                                AllowEntry.of(AllowEntry.Kind.REGEX, "^[0-9a-f]{32}$", "/^[0-9a-f]{32}$/"))));

        assertThat(store.allowList().matches(Artifact.of(ArtifactType.EMAIL, "abuse@example.net")))
                .extracting(AllowMatch::kind)
                .containsExactly(AllowEntry.Kind.EXACT);
        assertThat(store.allowList().matches(domain("abc.googleusercontent.com")))
                .extracting(AllowMatch::kind)
                .containsExactly(AllowEntry.Kind.SUBSTRING);
        assertThat(store.allowList().matches(Artifact.of(ArtifactType.MD5, "d41d8cd98f00b204e9800998ecf8427e")))
                .extracting(AllowMatch::kind)
                .containsExactly(AllowEntry.Kind.REGEX);
        assertThat(store.allowList().matches(domain("example.net"))).isEmpty();
    }

    @Test
    void shouldReplaceAListsEntriesOnReimport() {
        store.allowList().replace(cloud("cloud", "10.1.0.0/16", "10.2.0.0/16"));
        ReplaceResult again = store.allowList().replace(cloud("cloud", "10.3.0.0/16", "10.3.0.0/16"));
        store.allowList().replace(cloud("other", "10.3.0.0/16"));

        assertThat(again).isEqualTo(new ReplaceResult("cloud", 2, 1));
        assertThat(store.allowList().matches(ip("10.1.0.1"))).isEmpty();
        assertThat(store.allowList().matches(ip("10.3.0.1")))
                .extracting(AllowMatch::list)
                .containsExactlyInAnyOrder("cloud", "other");
        assertThat(store.allowList().lists()).containsExactly("cloud", "other");
        assertThat(store.stats().rowsPerTable())
                .containsEntry("allow_entry", 2L)
                .containsEntry("allow_list", 2L);
    }

    private static WarningList cloud(String name, String... blocks) {
        List<AllowEntry> entries = Arrays.stream(blocks)
                .map(b -> AllowEntry.of(AllowEntry.Kind.CIDR, b, b))
                .toList();
        return new WarningList(name, "Cloud ranges", "20260811", WarningList.Kind.CIDR, entries);
    }

    private static Artifact ip(String address) {
        return Artifact.of(ArtifactType.IP, address);
    }

    private static Artifact domain(String name) {
        return Artifact.of(ArtifactType.DOMAIN, name);
    }
}
