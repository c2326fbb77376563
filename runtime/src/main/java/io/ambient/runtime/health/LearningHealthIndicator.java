package io.ambient.runtime.health;

import io.ambient.runtime.config.LearningConfiguration;
import io.ambient.runtime.learning.LearningQueue;
import io.ambient.runtime.learning.MiningReport;
import io.ambient.runtime.learning.MiningSchedule;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Learning from rephrases: whether it is on, how many turns wait to be logged, and the last mining run. Always UP:
 * learning is best effort and never makes the hub unhealthy.
 */
@Singleton
public class LearningHealthIndicator implements HealthIndicator {
    private final LearningConfiguration config;
    private final LearningQueue queue;
    private final MiningSchedule schedule;

    public LearningHealthIndicator(LearningConfiguration config, LearningQueue queue, MiningSchedule schedule) {
        this.config = config;
        this.queue = queue;
        this.schedule = schedule;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enabled", config.enabled());
        details.put("turnsWaitingToBeLogged", queue.pending());
        MiningReport last = schedule.last();
        if (last != null) {
            details.put("lastMining", last.at().toString());
            details.put("lastMiningNote", last.note());
            details.put("lastMiningRulesSaved", last.rulesSaved());
        }
        return Publishers.just(HealthResult.builder("learning", HealthStatus.UP).details(details).build());
    }
}
