package io.ambient.devices.mqtt;

import java.util.concurrent.CompletableFuture;

/**
 * The MQTT port: everything the module needs from a broker connection, without naming a client library.
 *
 * <p>Subscriptions are remembered and renewed after every reconnect, so callers subscribe once. Handlers run on
 * the client's callback thread: they must be quick and must not wait for a publish to complete. An exception
 * thrown by a handler is logged and does not affect the connection or other handlers. A message whose topic
 * matches two overlapping filters of one client may be delivered to each; handlers should be idempotent.
 */
public interface MqttTransport extends AutoCloseable {

    /** QoS 1: at least once; used for commands and retained announcements. */
    int AT_LEAST_ONCE = 1;

    /**
     * Publishes a message. The future completes when the broker acknowledged it (QoS 1/2) or it was written
     * (QoS 0), and completes exceptionally with {@link MqttTransportException} when not connected or refused.
     */
    CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain);

    /** Subscribes (QoS 1) and keeps the subscription across reconnects until the returned handle is closed. */
    Subscription subscribe(String topicFilter, MessageHandler handler);

    /**
     * Sends SUBSCRIBE again for a filter this client already holds, so the broker re-delivers its retained
     * messages (how Home Assistant re-reads discovery configs). Completes when the broker acknowledged.
     */
    CompletableFuture<Void> resubscribe(String topicFilter);

    /** Listens to connection changes; the listener is told the current state at once if connected. */
    Subscription onConnectionChange(ConnectionListener listener);

    boolean isConnected();

    /** Disconnects and stops reconnecting; subsequent publishes fail. */
    @Override
    void close();

    /** Receives messages of one subscription. */
    @FunctionalInterface
    interface MessageHandler {
        /** @param retained true when the broker delivered a stored retained message rather than a live one */
        void onMessage(String topic, byte[] payload, boolean retained);
    }

    /** Told about connects and disconnects. */
    interface ConnectionListener {
        /** @param reconnect false for the first connection, true after a loss */
        void connected(boolean reconnect);

        /** @param cause why the connection was lost (never null) */
        void disconnected(Throwable cause);
    }

    /** Ends a subscription or listener registration; closing twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** True when {@code topic} matches the MQTT filter {@code filter} ({@code +} one level, {@code #} the rest). */
    static boolean matches(String filter, String topic) {
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true;
            }
            if (i >= t.length) {
                return false;
            }
            if (!f[i].equals("+") && !f[i].equals(t[i])) {
                return false;
            }
        }
        return f.length == t.length;
    }
}
