package io.ambient.runtime.learning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * When rewrites are mined without anyone asking: after every {@code everyTurns} newly logged turns, and when
 * {@code interval} has passed (by the injected clock) since the last run with anything logged since. A run goes to
 * the miner's own thread; while one runs, further triggers are dropped (the running one reads the whole log).
 */
public final class MiningSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(MiningSchedule.class);

    private final Supplier<MiningReport> learner;
    private final int everyTurns;
    private final Duration interval;
    private final Clock clock;
    private final ExecutorService miner;
    private final AtomicInteger sinceMined = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<Instant> lastRun;
    private final AtomicReference<MiningReport> last = new AtomicReference<>();

    /**
     * @param learner    one mining run ({@link RewriteLearner#mine})
     * @param everyTurns mine after this many logged turns; 0: never by count
     * @param interval   mine when this long passed since the last run and turns were logged; zero: never by time
     */
    public MiningSchedule(Supplier<MiningReport> learner, int everyTurns, Duration interval, Clock clock,
                          ExecutorService miner) {
        this.learner = learner;
        this.everyTurns = everyTurns;
        this.interval = interval;
        this.clock = clock;
        this.miner = miner;
        this.lastRun = new AtomicReference<>(clock.instant());
    }

    /** One more turn was logged. */
    public void logged() {
        int n = sinceMined.incrementAndGet();
        if (everyTurns > 0 && n >= everyTurns) {
            start("after " + n + " logged turns");
        }
    }

    /** The periodic check (called by a scheduler): mines when the interval has passed and turns were logged. */
    public void tick() {
        if (!interval.isZero() && sinceMined.get() > 0
                && !clock.instant().isBefore(lastRun.get().plus(interval))) {
            start("on schedule");
        }
    }

    /** Starts a run now unless one is running; empty future result when one was already running. */
    public CompletableFuture<MiningReport> start(String why) {
        if (!running.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        sinceMined.set(0);
        lastRun.set(clock.instant());
        return CompletableFuture.supplyAsync(() -> {
            try {
                LOG.info("learning: mining rewrites ({})", why);
                MiningReport report = learner.get();
                last.set(report);
                return report;
            } finally {
                running.set(false);
            }
        }, miner).whenComplete((report, failure) -> {
            if (failure != null) {
                LOG.warn("learning: mining failed: {}", failure.toString());
            }
        });
    }

    /** The last run's report, or null before the first. */
    public MiningReport last() {
        return last.get();
    }
}
