package io.cairn.ingest.galaxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.ingest.FormatException;
import org.junit.jupiter.api.Test;

class GalaxyRejectionTest {
    private static final String GOOD = """
            {"value": "APT1", "uuid": "1cb7e1cc-d695-42b1-92f4-fd0112a3c9be", "meta": {"country": "CN"}}""";

    @Test
    void shouldRejectAClusterWithoutAValueAndGoOn() {
        var reads = GalaxyReads.of(GalaxyReads.actors("""
                {"uuid": "0b06fb39-ed3d-4868-ac42-12fff6df2c80", "description": "no name"}, """ + GOOD));

        assertThat(GalaxyReads.rejections(reads))
                .singleElement()
                .satisfies(r -> assertThat(r.rejection())
                        .hasToString("galaxy.json:3 $.values[0].value: a cluster needs a value, its name"));
        assertThat(GalaxyReads.profiles(reads)).extracting(p -> p.name()).containsExactly("APT1");
    }

    @Test
    void shouldRejectAClusterWhoseUuidIsNotOne() {
        var reads = GalaxyReads.of(GalaxyReads.actors("""
                {"value": "Nitro", "uuid": "nitro-1"}"""));

        assertThat(GalaxyReads.rejections(reads).get(0).rejection())
                .hasToString("galaxy.json:3 $.values[0].uuid: Nitro: a cluster needs a UUID, not \"nitro-1\"");
    }

    @Test
    void shouldRejectSynonymsThatAreNotStrings() {
        var reads = GalaxyReads.of(GalaxyReads.actors("""
                {"value": "Nitro", "uuid": "0b06fb39-ed3d-4868-ac42-12fff6df2c80", "meta": {"synonyms": [{"a": 1}]}}"""));

        assertThat(GalaxyReads.rejections(reads).get(0).rejection().position().path())
                .isEqualTo("$.values[0].meta.synonyms");
    }

    @Test
    void shouldRejectAClusterThatIsNotAnObject() {
        var reads = GalaxyReads.of(GalaxyReads.actors("\"APT1\", " + GOOD));

        assertThat(GalaxyReads.rejections(reads).get(0).rejection().reason()).isEqualTo("a cluster is a JSON object");
        assertThat(GalaxyReads.profiles(reads)).hasSize(1);
    }

    @Test
    void shouldBreakOnATruncatedFileNamingWhereItStopped() {
        String truncated = GalaxyReads.actors(GOOD + ", " + GOOD).substring(0, 330);

        assertThatThrownBy(() -> GalaxyReads.of(truncated))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("galaxy.json:3 $.values[1]: not readable as a MISP galaxy:");
    }

    @Test
    void shouldRefuseAGalaxyOfNeitherActorsNorTools() {
        String sectors = """
                {"category": "sector", "type": "sector", "uuid": "e1bb134c-ae4d-11e7-8aa9-f78a37325439", "values": []}""";

        assertThatThrownBy(() -> GalaxyReads.of(sectors))
                .isInstanceOf(FormatException.class)
                .hasMessage("galaxy.json:1 $.type: galaxy 'sector' holds neither actors nor tools"
                        + " (its type or category must come before its values)");
    }

    @Test
    void shouldDetectGalaxiesAndNotOtherJson() {
        var format = new GalaxyFormat();

        assertThat(format.detect("threat-actor.json", GalaxyReads.actors(GOOD).getBytes()))
                .isEqualTo(90);
        assertThat(format.detect("sector.json", "{\"type\": \"sector\", \"uuid\": \"x\", \"values\": []}".getBytes()))
                .isZero();
        assertThat(format.detect("event.json", "{\"Event\": {\"info\": \"x\"}}".getBytes()))
                .isZero();
    }
}
