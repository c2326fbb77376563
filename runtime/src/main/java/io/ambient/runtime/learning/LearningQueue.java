package io.ambient.runtime.learning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One background thread that writes what the runtime learns about turns, in the order it was handed over. A
 * turn only hands a task over; the fsync'd journal write happens here. When the queue is full (a stalled disk)
 * the task is dropped and logged instead of making turns wait; a task that fails is logged and the next runs.
 */
public final class LearningQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LearningQueue.class);

    private final ThreadPoolExecutor executor;

    public LearningQueue(int capacity, ThreadFactory threads) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                threads);
    }

    /** Queues {@code task}; false (and logged) when the queue is full or closed. */
    public boolean submit(String what, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // learning is best effort: the turn it is about has long been answered
                    LOG.warn("learning: could not {}: {}", what, e.toString());
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("learning: queue full or closed, did not {}", what);
            return false;
        }
    }

    /** Completes once every task queued before it has run (exceptionally when it could not be queued). */
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!submit("flush", () -> done.complete(null))) {
            done.completeExceptionally(new IllegalStateException("the learning queue is full or closed"));
        }
        return done;
    }

    /** Tasks waiting to run. */
    public int pending() {
        return executor.getQueue().size();
    }

    /** Runs what is queued (for up to 5 s), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("learning: {} queued task(s) not written at shutdown", executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
