package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * Turn handling.
 *
 * @param followUpWindow how long a question the runtime asked can still be answered
 * @param recentPerSite  how many recent turns per site the context keeps
 * @param logCapacity    how many turns {@code GET /api/turns/{id}} can still show
 * @param hermes         whether to serve Hermes satellites over MQTT
 */
@ConfigurationProperties("ambient.turns")
public record TurnConfiguration(
        @Bindable(defaultValue = "2m") Duration followUpWindow,
        @Min(1) @Bindable(defaultValue = "5") int recentPerSite,
        @Min(1) @Bindable(defaultValue = "500") int logCapacity,
        @Bindable(defaultValue = "true") boolean hermes) {
}
