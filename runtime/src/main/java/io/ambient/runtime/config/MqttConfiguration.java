package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.time.Duration;

/**
 * The MQTT broker. With {@code embedded: true} (the default) the runtime starts its own broker on
 * 127.0.0.1; otherwise it connects to the broker named here (Mosquitto, EMQX, HiveMQ, ...).
 *
 * @param caFile         PEM file of the CA that signed the broker's certificate (TLS); null = JVM trust store
 * @param commandTimeout how long a device has to confirm a command before the turn reports it failed
 */
@ConfigurationProperties("ambient.mqtt")
public record MqttConfiguration(
        @Bindable(defaultValue = "true") boolean embedded,
        @NotBlank @Bindable(defaultValue = "127.0.0.1") String host,
        @Min(0) @Max(65535) @Bindable(defaultValue = "1883") int port,
        @NotBlank @Bindable(defaultValue = "ambient-runtime") String clientId,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "false") boolean tls,
        @Nullable String caFile,
        @Bindable(defaultValue = "3s") Duration commandTimeout) {
}
