package io.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each latency driver runs end to end on a tiny world; the figures themselves are not judged here. */
class DriversTest {

    @TempDir
    Path data;

    private LatencyOptions tiny() {
        return LatencyOptions.parse(new String[] {
            "--observations",
            "2000",
            "--indicators",
            "300",
            "--iterations",
            "20",
            "--warmup",
            "5",
            "--data",
            data.toString()
        });
    }

    private interface Driver {
        void run(LatencyOptions options) throws Exception;
    }

    private static String output(Driver driver, LatencyOptions options) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            driver.run(options);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReportPercentilesAndTheRatioOfADataTabPage() throws Exception {
        String report = output(DataTab::run, tiny());

        assertThat(report)
                .contains("machine: ", "dataset: 2,000 observations")
                .contains("cairn page(), random tabs", "bare SQL, random tabs", "ratio cairn/bare, random tabs")
                .contains("cairn page(), heaviest tabs")
                .contains("n=20");
    }

    @Test
    void shouldReportTheSummaryAndTheReadsItRestsOn() throws Exception {
        String report = output(Summary::run, tiny());

        assertThat(report)
                .contains("cairn summary, random artifacts", "cairn store reads, random artifacts")
                .contains("store calls per summary", "of which observations().counts")
                .contains("ratio cairn/bare, heaviest hitters");
    }

    @Test
    void shouldReportOneAndTwoHopExpansionsWithTheirQueryCounts() throws Exception {
        String report = output(Pivot::run, tiny());

        assertThat(report)
                .contains("cairn neighbours(), 1 hop", "cairn neighbours(), 2 hops")
                .contains("queries per expansion, 2 hops")
                .contains("reached: ");
    }

    @Test
    void shouldBuildTheWorldOnceAndSayWhenItIsReused() throws Exception {
        assertThat(output(BuildData::run, tiny())).contains("build: ").doesNotContain("reused");
        assertThat(output(BuildData::run, tiny())).contains("reused");
    }
}
