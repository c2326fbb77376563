package io.ambient.runtime.health;

import io.ambient.runtime.audio.SpeechService;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.core.async.publisher.Publishers;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;

/** Speech: UP when the recogniser serves or speech is disabled on purpose; DOWN while loading or after a failed load. */
@Singleton
public class SpeechHealthIndicator implements HealthIndicator {
    private final SpeechService speech;

    public SpeechHealthIndicator(SpeechService speech) {
        this.speech = speech;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        SpeechService.Status s = speech.status();
        return Publishers.just(HealthResult.builder("speech", s.up() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("enabled", s.enabled(), "ready", s.ready(), "mode", s.mode(), "detail", s.detail()))
                .build());
    }
}
