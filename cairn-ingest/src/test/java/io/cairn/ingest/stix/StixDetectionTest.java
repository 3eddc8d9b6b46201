package io.cairn.ingest.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StixDetectionTest {
    private final StixBundleFormat format = new StixBundleFormat();

    @ParameterizedTest
    @ValueSource(strings = {"apt1.json", "poisonivy.json", "indicator-for-c2-ip-address.json", "tlp-amber.json"})
    void shouldBeSureOfBundles(String file) {
        assertThat(format.detect(file, StixReads.bytes(file))).isEqualTo(95);
    }

    @Test
    void shouldBeSureOfABundleWhoseHeadIsCutShort() {
        byte[] head = Arrays.copyOf(StixReads.bytes("poisonivy.json"), 700);

        assertThat(format.detect("feed", head)).isEqualTo(95);
    }

    @Test
    void shouldRecogniseABundleListingItsObjectsBeforeItsType() {
        assertThat(score("""
                {"objects": [{"type": "indicator", "spec_version": "2.1",
                  "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}],
                 "type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d"}
                """)).isEqualTo(90);
    }

    @Test
    void shouldRecogniseSingleObjectsAndArraysOfThem() {
        assertThat(format.detect("o.json", StixReads.bytes("interop-objectmarking-test.json")))
                .isEqualTo(85);
        assertThat(score("""
                [{"type": "indicator", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "labels": ["x"]}]
                """)).isEqualTo(85);
        assertThat(score("""
                {"type": "malware", "id": "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "labels": ["x"]}
                """)).isEqualTo(75);
    }

    @Test
    void shouldNotClaimOtherJson() {
        assertThat(score("""
                {"Event": {"info": "x", "Attribute": [{"type": "ip-dst", "value": "1.2.3.4"}]}}
                """)).isZero();
        assertThat(score("""
                {"rrname":"www.circl.lu","rrtype":"A","rdata":"185.194.93.14","time_first":1315586409}
                """)).isZero();
        assertThat(score("""
                {"_path":"dns","ts":1300475168.8,"uid":"C1","query":"www.example.com"}
                """)).isZero();
        assertThat(score("""
                {"type": "indicator", "id": "not-a-stix-id", "spec_version": "2.1"}
                """)).isZero();
        assertThat(score("""
                {"type": "indicator", "id": "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}
                """)).isZero();
        assertThat(score("type,value\nip,1.2.3.4\n")).isZero();
        assertThat(score("")).isZero();
    }

    private int score(String head) {
        return format.detect("input.json", head.getBytes(StandardCharsets.UTF_8));
    }
}
