package io.ambient.models.delivery;

import java.util.concurrent.CompletableFuture;

/** Port: publish and subscribe on a message broker (the runtime adapts its MQTT transport to it). */
public interface MessageChannel {

    /** QoS 1 publish; completes when the broker acknowledged it. */
    CompletableFuture<Void> publish(String topic, byte[] payload, boolean retain);

    /** Subscribes (renewed after reconnects, so retained messages are re-delivered); close to stop. */
    AutoCloseable subscribe(String filter, Handler handler);

    @FunctionalInterface
    interface Handler {
        void onMessage(String topic, byte[] payload);
    }
}
