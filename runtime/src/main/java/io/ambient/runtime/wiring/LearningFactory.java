package io.ambient.runtime.wiring;

import io.ambient.devices.HomeStateSource;
import io.ambient.runtime.config.LearningConfiguration;
import io.ambient.runtime.learning.InteractionRecorder;
import io.ambient.runtime.learning.LearningQueue;
import io.ambient.runtime.learning.LogMaintenance;
import io.ambient.runtime.learning.MiningSchedule;
import io.ambient.runtime.learning.RewriteLearner;
import io.ambient.runtime.understanding.UnderstandingService;
import io.ambient.teachable.rephrase.MiningSettings;
import io.ambient.teachable.store.TeachableBooks;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Self-learning at run time: the interaction log written after every turn (one background thread), its retention
 * and the journal's compaction, and rewrite mining after every N logged turns and on a schedule.
 */
@Factory
public class LearningFactory {

    @Singleton
    @Bean(preDestroy = "close")
    LearningQueue learningQueue(LearningConfiguration config) {
        return new LearningQueue(config.queueCapacity(), Threads.daemon("ambient-learning"));
    }

    @Singleton
    LogMaintenance logMaintenance(TeachableBooks books, Clock clock, LearningConfiguration config,
                                  LearningQueue queue) {
        LogMaintenance maintenance = new LogMaintenance(books.store(), books.interactions(), clock,
                new LogMaintenance.Limits(config.logMaxTurnsPerUser(), config.logMaxAge(), config.pruneEvery(),
                        config.compactRatio(), config.compactMinBytes()));
        if (config.enabled()) {
            queue.submit("prune the interaction logs at start-up", maintenance::pruneAll);
        }
        return maintenance;
    }

    @Singleton
    MiningSettings miningSettings(LearningConfiguration config) {
        MiningSettings d = MiningSettings.DEFAULT;
        return new MiningSettings(d.minProbability(), d.minSupport(), d.minHouseholdUsers(),
                d.clusterThreshold(), config.matchThreshold());
    }

    @Singleton
    RewriteLearner rewriteLearner(TeachableBooks books, UnderstandingService understanding, MiningSettings settings,
                                  Clock clock) {
        return new RewriteLearner(books, understanding, settings, clock);
    }

    @Singleton
    @Named("miner")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService miner() {
        return Executors.newSingleThreadExecutor(Threads.daemon("ambient-learning-miner"));
    }

    @Singleton
    MiningSchedule miningSchedule(RewriteLearner learner, LearningConfiguration config, Clock clock,
                                  @Named("miner") ExecutorService miner,
                                  @Named("ambient") ScheduledExecutorService scheduler) {
        MiningSchedule schedule = new MiningSchedule(learner::mine, config.enabled() ? config.mineEveryTurns() : 0,
                config.enabled() ? config.mineInterval() : Duration.ZERO, clock, miner);
        if (config.enabled() && !config.mineInterval().isZero()) {
            long checkMs = Math.max(1000, Math.min(config.mineInterval().toMillis(), 60_000));
            scheduler.scheduleWithFixedDelay(schedule::tick, checkMs, checkMs, TimeUnit.MILLISECONDS);
        }
        return schedule;
    }

    @Singleton
    InteractionRecorder interactionRecorder(TeachableBooks books, HomeStateSource home, LearningQueue queue,
                                            LogMaintenance maintenance, MiningSchedule schedule) {
        return new InteractionRecorder(books.interactions(), home, queue, user -> {
            maintenance.afterLogged(user);
            schedule.logged();
        });
    }
}
