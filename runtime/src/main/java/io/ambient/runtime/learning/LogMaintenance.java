package io.ambient.runtime.learning;

import io.ambient.teachable.store.InteractionLog;
import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the interaction log bounded and the journal small: a user's log is pruned to the newest
 * {@code keepLast} turns of the last {@code maxAge} after every {@code pruneEvery} of their turns, every user's at
 * start-up; after pruning, the journal is compacted when it has grown well past its live records (the store's
 * compaction is atomic: a new journal written aside, fsync'd and renamed over the old one). Runs on the learning
 * thread only.
 */
public final class LogMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(LogMaintenance.class);

    /** Retention and compaction limits; see {@code LearningConfiguration}. */
    public record Limits(int keepLast, Duration maxAge, int pruneEvery, double compactRatio, long compactMinBytes) { }

    private final RecordStore store;
    private final InteractionLog log;
    private final Clock clock;
    private final Limits limits;
    private final Map<UserId, Integer> sincePrune = new HashMap<>();

    public LogMaintenance(RecordStore store, InteractionLog log, Clock clock, Limits limits) {
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.limits = limits;
    }

    /** After one more turn of {@code user} was logged. */
    public void afterLogged(UserId user) {
        int n = sincePrune.merge(user, 1, Integer::sum);
        if (n >= limits.pruneEvery()) {
            sincePrune.remove(user);
            prune(user);
            compactIfLarger();
        }
    }

    /** Prunes every user's log, then compacts if worthwhile (at start-up). */
    public void pruneAll() {
        for (UserId user : store.users()) {
            prune(user);
        }
        compactIfLarger();
    }

    private void prune(UserId user) {
        int removed = log.prune(user, limits.keepLast(), clock.instant().minus(limits.maxAge()));
        if (removed > 0) {
            LOG.info("learning: pruned {} old turn(s) from {}'s interaction log", removed, user);
        }
    }

    private void compactIfLarger() {
        store.compactIfLarger(limits.compactRatio(), limits.compactMinBytes());
    }
}
