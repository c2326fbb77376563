package io.ambient.runtime.learning;

import io.ambient.runtime.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When mining runs by itself: after every N logged turns, and on a schedule by the injected clock. */
class MiningScheduleTest {
    private final ExecutorService miner = Executors.newSingleThreadExecutor();
    private final AtomicInteger runs = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T07:00:00Z"));

    @AfterEach
    void stop() {
        miner.shutdownNow();
    }

    private MiningReport run() {
        runs.incrementAndGet();
        return MiningReport.notMined("test", clock.instant());
    }

    private void settle() throws InterruptedException {
        miner.submit(() -> { });
        miner.shutdown();
        assertTrue(miner.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void logged_everyNTurns_startsARun() throws Exception {
        MiningSchedule schedule = new MiningSchedule(this::run, 3, Duration.ZERO, clock, miner);
        schedule.logged();
        schedule.logged();
        schedule.start("by hand").get(10, TimeUnit.SECONDS); // resets the count
        schedule.logged();
        schedule.logged();
        assertEquals(1, runs.get());
        schedule.logged();
        settle();
        assertEquals(2, runs.get());
        assertEquals("test", schedule.last().note());
    }

    @Test
    void tick_afterIntervalWithTurnsLogged_startsARun_notBeforeNorWithoutTurns() throws Exception {
        MiningSchedule schedule = new MiningSchedule(this::run, 0, Duration.ofHours(6), clock, miner);
        clock.advance(Duration.ofHours(7));
        schedule.tick();
        assertEquals(0, runs.get(), "nothing logged since: nothing to mine");
        schedule.logged();
        clock.advance(Duration.ofMinutes(1));
        schedule.tick(); // the interval counts from the last run or the start
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
        schedule.logged();
        clock.advance(Duration.ofHours(5));
        schedule.tick();
        assertEquals(1, runs.get(), "within the interval");
        clock.advance(Duration.ofHours(1));
        schedule.tick();
        settle();
        assertEquals(2, runs.get());
    }
}
