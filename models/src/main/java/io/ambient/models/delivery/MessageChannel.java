package io.ambient.models.delivery;

import org.slf4j.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Port: publish and subscribe on a message broker (the runtime adapts its MQTT transport to it). */
public interface MessageChannel {

    /** QoS 1 publish; completes when the broker acknowledged it. */
    CompletableFuture<Void> publish(String topic, byte[] payload, boolean retain);

    /** Subscribes (renewed after reconnects, so retained messages are re-delivered); close to stop. */
    AutoCloseable subscribe(String filter, Handler handler);

    /**
     * Ends every subscription, each on its own: one that fails to close (the broker is gone) is logged at debug
     * and does not keep the others open.
     */
    static void unsubscribeAll(List<AutoCloseable> subscriptions, Logger log) {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception e) {
                log.debug("closing a subscription: {}", e.toString());
            }
        }
    }

    @FunctionalInterface
    interface Handler {
        void onMessage(String topic, byte[] payload);
    }
}
