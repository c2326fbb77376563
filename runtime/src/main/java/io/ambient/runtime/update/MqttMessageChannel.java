package io.ambient.runtime.update;

import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.models.delivery.MessageChannel;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The delivery protocol's channel over the devices module's MQTT transport (QoS 1). */
public final class MqttMessageChannel implements MessageChannel {
    private final MqttTransport mqtt;

    public MqttMessageChannel(MqttTransport mqtt) {
        this.mqtt = Objects.requireNonNull(mqtt, "mqtt");
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, boolean retain) {
        return mqtt.publish(topic, payload, MqttTransport.AT_LEAST_ONCE, retain);
    }

    @Override
    public AutoCloseable subscribe(String filter, Handler handler) {
        return mqtt.subscribe(filter, (topic, payload, retained) -> handler.onMessage(topic, payload));
    }
}
