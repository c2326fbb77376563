package io.ambient.runtime.health;

import io.ambient.devices.mqtt.MqttTransport;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/** UP while the runtime's MQTT client is connected to the broker. */
@Singleton
public class BrokerHealthIndicator implements HealthIndicator {
    private final MqttTransport mqtt;

    public BrokerHealthIndicator(MqttTransport mqtt) {
        this.mqtt = mqtt;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean up = mqtt.isConnected();
        return Publishers.just(HealthResult.builder("broker", up ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("connected", up)).build());
    }
}
