package io.cairn.ingest.feed;

import io.cairn.store.Source;
import io.cairn.store.SourceRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs each enabled feed when it is due (last run plus its schedule), one feed at a time on one
 * thread, so runs never overlap. A feed that fails, or a store that fails to answer, costs that
 * round only; the next tick tries again.
 */
public final class FeedScheduler implements AutoCloseable {
    private final SourceRegistry sources;
    private final FeedRunner runner;
    private final Clock clock;
    private final Duration tick;
    private final Consumer<FeedRun> onRun;
    private final ScheduledExecutorService executor;

    /** @param onRun hears every finished run, on the scheduler's thread */
    public FeedScheduler(
            SourceRegistry sources, FeedRunner runner, Clock clock, Duration tick, Consumer<FeedRun> onRun) {
        this.sources = sources;
        this.runner = runner;
        this.clock = clock;
        this.tick = tick;
        this.onRun = onRun;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "cairn-feeds");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::runDue, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the feeds due now, most overdue first. */
    void runDue() {
        List<Source> due;
        try {
            Instant now = clock.instant();
            due = sources.list().stream()
                    .filter(s -> isDue(s.dueAt(), now))
                    .sorted(Comparator.comparing(Source::dueAt))
                    .toList();
        } catch (RuntimeException storeUnavailable) {
            // The store may be down for a moment; the next tick asks again.
            return;
        }
        for (Source source : due) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                onRun.accept(runner.run(source, Progress.none()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The runner records failures itself; this is the store failing to take the record.
            }
        }
    }

    private static boolean isDue(@Nullable Instant dueAt, Instant now) {
        return dueAt != null && !dueAt.isAfter(now);
    }

    /** Stops: a run in progress is interrupted; waits for it to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a feed run did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
