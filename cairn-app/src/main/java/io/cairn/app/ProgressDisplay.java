package io.cairn.app;

import io.cairn.ingest.ImportListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/** A progress bar on stderr over the raw bytes of an input, or nothing when progress is off. */
final class ProgressDisplay implements ImportListener, AutoCloseable {
    private final @Nullable ProgressBar bar;

    private ProgressDisplay(@Nullable ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay open(boolean enabled, String task, long totalBytes) {
        if (!enabled) {
            return new ProgressDisplay(null);
        }
        var bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalBytes > 0 ? totalBytes : -1)
                .setUnit(" MiB", 1 << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .build();
        return new ProgressDisplay(bar);
    }

    @Override
    public void progress(long bytesRead, long totalBytes, long records) {
        if (bar != null) {
            bar.stepTo(bytesRead);
            bar.setExtraMessage(String.format("%,d records", records));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
