package io.ambient.runtime.health;

import io.ambient.runtime.wiring.UnderstandingModel;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/** UP when the understanding model is loaded and serving. */
@Singleton
public class ModelHealthIndicator implements HealthIndicator {
    private final UnderstandingModel model;

    public ModelHealthIndicator(UnderstandingModel model) {
        this.model = model;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("model", model.ready() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("model", model.version(), "ready", model.ready())).build());
    }
}
