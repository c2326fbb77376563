package io.ambient.devices.gateway;

import java.nio.charset.StandardCharsets;

/** One MQTT message a command turns into. */
record Publication(String topic, byte[] payload) {
    static Publication text(String topic, String payload) {
        return new Publication(topic, payload.getBytes(StandardCharsets.UTF_8));
    }
}
