package io.ambient.runtime.health;

import io.ambient.runtime.understanding.ModelStatus;
import io.ambient.runtime.understanding.UnderstandingService;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/** UP when the configured understanding model is loaded and serving (the rules serve meanwhile). */
@Singleton
public class ModelHealthIndicator implements HealthIndicator {
    private final UnderstandingService understanding;

    public ModelHealthIndicator(UnderstandingService understanding) {
        this.understanding = understanding;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        ModelStatus s = understanding.status();
        return Publishers.just(HealthResult.builder("model", s.ready() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("configured", s.configured(), "serving", s.serving(), "ready", s.ready(),
                        "detail", s.detail())).build());
    }
}
