package io.cairn.app;

import io.cairn.ingest.feed.FeedRun;
import io.cairn.store.Source;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Feeds and their runs for people and for {@code --json}; auth is shown by reference only. */
final class FeedView {
    private FeedView() {}

    static Map<String, Object> json(Source source) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", source.name());
        view.put("kind", source.kind());
        view.put("url", Redaction.secrets(source.url()));
        view.put("format", source.format());
        view.put("collection", source.collection());
        view.put("auth", source.auth().describe());
        view.put("reliability", source.reliability());
        view.put("confidence", source.defaultConfidence());
        view.put("tlp", source.tlp().id());
        view.put("every", source.schedule() == null ? null : source.schedule().toString());
        view.put("enabled", source.enabled());
        view.put("watermark", source.watermark());
        view.put("read", source.counters().read());
        view.put("stored", source.counters().stored());
        view.put("errors", source.counters().errors());
        view.put("last_run_at", text(source.lastRunAt()));
        view.put("last_success_at", text(source.lastSuccessAt()));
        view.put("last_error", source.lastError() == null ? null : Redaction.secrets(source.lastError()));
        view.put("last_error_at", text(source.lastErrorAt()));
        return view;
    }

    static String line(Source source) {
        String status = source.lastRunAt() == null
                ? "never run"
                : source.lastError() != null
                                && (source.lastSuccessAt() == null
                                        || source.lastErrorAt().isAfter(source.lastSuccessAt()))
                        ? "failed " + source.lastErrorAt() + ": " + Redaction.secrets(source.lastError())
                        : "ok " + source.lastSuccessAt();
        return String.format(
                "%-20s %-9s every %-6s %s%n  %s%s%n  read %,d, stored %,d, errors %,d; %s",
                source.name(),
                source.kind(),
                source.schedule() == null ? "-" : human(source.schedule()),
                source.enabled() ? "" : "(disabled)",
                Redaction.secrets(source.url()),
                source.collection() == null ? "" : " collection " + source.collection(),
                source.counters().read(),
                source.counters().stored(),
                source.counters().errors(),
                status);
    }

    static Map<String, Object> json(FeedRun run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("feed", run.feed());
        view.put("ok", run instanceof FeedRun.Synced);
        view.put("read", run.read());
        view.put("stored", run.stored());
        view.put("rejected", run.rejected());
        view.put("seconds", run.took().toMillis() / 1000.0);
        switch (run) {
            case FeedRun.Synced synced -> view.put("watermark", synced.watermark());
            case FeedRun.Failed failed -> view.put("error", Redaction.secrets(failed.reason()));
        }
        return view;
    }

    static String line(FeedRun run) {
        String counts = String.format(
                "read %,d, stored %,d, rejected %,d in %.1f s",
                run.read(), run.stored(), run.rejected(), run.took().toMillis() / 1000.0);
        return switch (run) {
            case FeedRun.Synced s ->
                run.feed() + ": synced: " + counts + (s.watermark() == null ? "" : "; watermark " + s.watermark());
            case FeedRun.Failed f -> run.feed() + ": FAILED: " + Redaction.secrets(f.reason()) + " (" + counts + ")";
        };
    }

    private static String human(Duration d) {
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    private static @Nullable String text(java.time.@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
