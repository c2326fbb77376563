package io.ambient.devices.mqtt;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link MqttTransport} on the Eclipse Paho MQTT 5 client; the only class that imports Paho.
 *
 * <p>Reconnects itself with exponential back-off (250 ms doubling to 5 s) rather than relying on Paho's
 * automatic reconnect, because Paho does not retry a first connection that fails and we want one policy for
 * both. Sessions use clean start, so every filter is subscribed again after each (re)connect, which also makes
 * the broker re-deliver retained messages. Outgoing messages go through one ordered queue: a broker may allow
 * fewer QoS 1 messages in flight than a burst of announcements needs (Mosquitto allows 20), and Paho refuses
 * the excess instead of waiting, so the queue holds them back without reordering.
 */
public final class PahoMqttTransport implements MqttTransport {
    private static final Logger LOG = LoggerFactory.getLogger(PahoMqttTransport.class);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration INFLIGHT_RETRY = Duration.ofMillis(20);

    private final MqttSettings settings;
    private final ScheduledExecutorService scheduler;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options;
    private final Map<String, List<MessageHandler>> handlers = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<Outgoing> outgoing = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean connecting = new AtomicBoolean();
    private final Object drainLock = new Object();
    private volatile boolean everConnected;
    private volatile long backoffMillis = MIN_BACKOFF.toMillis();

    private record Outgoing(String topic, byte[] payload, int qos, boolean retain, CompletableFuture<Void> done) { }

    /** Creates the client; nothing connects until {@link #connect()}. */
    public PahoMqttTransport(MqttSettings settings, ScheduledExecutorService scheduler) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        try {
            this.client = new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot create MQTT client for " + settings + ": " + e.getMessage(), e);
        }
        this.options = connectionOptions(settings);
        client.setCallback(new Callback());
    }

    /**
     * Starts connecting in the background and keeps trying until connected (and again after every loss).
     * The future completes at the first successful connection; callers may also just go on, since
     * subscriptions made before that are sent once connected.
     */
    public CompletableFuture<Void> connect() {
        if (closed.get()) {
            throw new IllegalStateException("MQTT transport " + settings.clientId() + " is closed");
        }
        attemptConnect();
        return firstConnection.copy();
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!client.isConnected() || closed.get()) {
            done.completeExceptionally(notConnected("cannot publish to " + topic, null));
            return done;
        }
        outgoing.add(new Outgoing(topic, payload.clone(), qos, retain, done));
        drain();
        return done;
    }

    @Override
    public Subscription subscribe(String topicFilter, MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        List<MessageHandler> list = handlers.computeIfAbsent(topicFilter, f -> new CopyOnWriteArrayList<>());
        boolean first = list.isEmpty();
        list.add(handler);
        if (first && client.isConnected()) {
            sendSubscribe(new String[]{topicFilter});
        }
        return () -> unsubscribe(topicFilter, handler);
    }

    @Override
    public CompletableFuture<Void> resubscribe(String topicFilter) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!client.isConnected()) {
            done.completeExceptionally(notConnected("cannot resubscribe " + topicFilter, null));
            return done;
        }
        try {
            client.subscribe(topicFilter, AT_LEAST_ONCE, null, completing(done, "subscribe " + topicFilter));
        } catch (MqttException e) {
            done.completeExceptionally(new MqttTransportException("subscribe " + topicFilter + " failed: "
                    + e.getMessage(), false, e));
        }
        return done;
    }

    @Override
    public Subscription onConnectionChange(ConnectionListener listener) {
        listeners.add(listener);
        if (client.isConnected()) {
            safely(() -> listener.connected(false), "connection listener");
        }
        return () -> listeners.remove(listener);
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        failQueued("transport closed");
        try {
            if (client.isConnected()) {
                client.disconnect(1_000).waitForCompletion(2_000);
            }
        } catch (MqttException e) {
            LOG.debug("MQTT {} disconnect: {}", settings.clientId(), e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("MQTT {} close: {}", settings.clientId(), e.getMessage());
        }
        firstConnection.completeExceptionally(notConnected("transport closed before connecting", null));
    }

    private void unsubscribe(String filter, MessageHandler handler) {
        List<MessageHandler> list = handlers.get(filter);
        if (list == null || !list.remove(handler) || !list.isEmpty()) {
            return;
        }
        handlers.remove(filter, list);
        if (client.isConnected() && !closed.get()) {
            try {
                client.unsubscribe(filter);
            } catch (MqttException e) {
                LOG.debug("MQTT unsubscribe {}: {}", filter, e.getMessage());
            }
        }
    }

    private void attemptConnect() {
        if (closed.get() || client.isConnected() || !connecting.compareAndSet(false, true)) {
            return;
        }
        try {
            client.connect(options, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    connecting.set(false);
                    backoffMillis = MIN_BACKOFF.toMillis();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    connecting.set(false);
                    retryLater(cause);
                }
            });
        } catch (MqttException e) {
            connecting.set(false);
            retryLater(e);
        }
    }

    private void retryLater(Throwable cause) {
        if (closed.get()) {
            return;
        }
        long delay = backoffMillis;
        backoffMillis = Math.min(delay * 2, MAX_BACKOFF.toMillis());
        // one line per doubling would flood the log while a broker is down for hours: INFO only at the ends
        boolean notable = delay == MIN_BACKOFF.toMillis() || delay == MAX_BACKOFF.toMillis();
        String message = "MQTT {} not connected to {} ({}); retrying in {} ms";
        Object[] args = {settings.clientId(), settings.serverUri(), cause == null ? "unknown cause" : cause.getMessage(),
                delay};
        if (notable) {
            LOG.info(message, args);
        } else {
            LOG.debug(message, args);
        }
        scheduler.schedule(this::attemptConnect, delay, TimeUnit.MILLISECONDS);
    }

    private void sendSubscribe(String[] filters) {
        if (filters.length == 0) {
            return;
        }
        int[] qos = new int[filters.length];
        java.util.Arrays.fill(qos, AT_LEAST_ONCE);
        try {
            client.subscribe(filters, qos, null, completing(new CompletableFuture<>(), "subscribe"));
        } catch (MqttException e) {
            LOG.warn("MQTT {} could not subscribe {}: {}", settings.clientId(), List.of(filters), e.getMessage());
        }
    }

    /** Publishes queued messages in order until the queue is empty or the broker's in-flight window is full. */
    private void drain() {
        synchronized (drainLock) {
            Outgoing next;
            while ((next = outgoing.peek()) != null) {
                if (!client.isConnected()) {
                    failQueued("connection lost");
                    return;
                }
                try {
                    client.publish(next.topic(), next.payload(), next.qos(), next.retain(), null,
                            completing(next.done(), "publish " + next.topic()));
                    outgoing.poll();
                } catch (MqttException e) {
                    if (e.getReasonCode() == org.eclipse.paho.mqttv5.client.MqttClientException.REASON_CODE_MAX_INFLIGHT) {
                        scheduler.schedule(this::drain, INFLIGHT_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                        return;
                    }
                    outgoing.poll();
                    next.done().completeExceptionally(new MqttTransportException("publish to " + next.topic()
                            + " failed: " + e.getMessage(), !client.isConnected(), e));
                }
            }
        }
    }

    private void failQueued(String why) {
        Outgoing o;
        while ((o = outgoing.poll()) != null) {
            o.done().completeExceptionally(notConnected("cannot publish to " + o.topic() + ": " + why, null));
        }
    }

    private MqttActionListener completing(CompletableFuture<Void> done, String what) {
        return new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                done.complete(null);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable cause) {
                LOG.debug("MQTT {} {} failed: {}", settings.clientId(), what, cause.getMessage());
                done.completeExceptionally(new MqttTransportException(what + " failed: " + cause.getMessage(),
                        !client.isConnected(), cause));
            }
        };
    }

    private MqttTransportException notConnected(String what, Throwable cause) {
        return new MqttTransportException(what + ": not connected to " + settings.serverUri(), true, cause);
    }

    private void safely(Runnable action, String what) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // a faulty handler must never take the MQTT client down with it
            LOG.error("MQTT {} threw; the client carries on", what, e);
        }
    }

    private final class Callback implements MqttCallback {
        @Override
        public void connectComplete(boolean pahoReconnect, String serverUri) {
            boolean reconnect = everConnected;
            everConnected = true;
            LOG.info("MQTT {} connected to {}", settings.clientId(), serverUri);
            sendSubscribe(handlers.keySet().toArray(String[]::new));
            listeners.forEach(l -> safely(() -> l.connected(reconnect), "connection listener"));
            firstConnection.complete(null);
            drain();
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            Throwable cause = response.getException() != null ? response.getException()
                    : new MqttTransportException("broker closed the connection (reason " + response.getReturnCode()
                    + ")", true, null);
            LOG.warn("MQTT {} lost its connection to {}: {}", settings.clientId(), settings.serverUri(),
                    cause.getMessage());
            failQueued("connection lost");
            listeners.forEach(l -> safely(() -> l.disconnected(cause), "connection listener"));
            retryLater(cause);
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            LOG.warn("MQTT {} error: {}", settings.clientId(), exception.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            byte[] payload = message.getPayload();
            boolean retained = message.isRetained();
            handlers.forEach((filter, list) -> {
                if (MqttTransport.matches(filter, topic)) {
                    list.forEach(h -> safely(() -> h.onMessage(topic, payload, retained),
                            "handler for " + filter + " on " + topic));
                }
            });
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            if (!outgoing.isEmpty()) {
                scheduler.execute(PahoMqttTransport.this::drain);
            }
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            LOG.debug("MQTT {} AUTH packet {} ignored", settings.clientId(), reasonCode);
        }
    }

    private static MqttConnectionOptions connectionOptions(MqttSettings s) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout((int) Math.max(1, s.connectTimeout().toSeconds()));
        o.setKeepAliveInterval(30);
        if (s.username() != null) {
            o.setUserName(s.username());
        }
        if (s.password() != null) {
            o.setPassword(s.password().getBytes(StandardCharsets.UTF_8));
        }
        if (s.tls()) {
            o.setSocketFactory(TlsSocketFactories.forSettings(s));
        }
        return o;
    }
}
