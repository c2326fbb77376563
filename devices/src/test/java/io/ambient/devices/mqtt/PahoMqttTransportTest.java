package io.ambient.devices.mqtt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Paho adapter against the embedded broker. */
class PahoMqttTransportTest {
    private static final EmbeddedBroker BROKER = new EmbeddedBroker(null, 0);
    private static final ScheduledExecutorService SCHEDULER = Executors.newScheduledThreadPool(2);

    @BeforeAll
    static void start() {
        BROKER.start();
    }

    @AfterAll
    static void stop() {
        BROKER.close();
        SCHEDULER.shutdownNow();
    }

    private static PahoMqttTransport client(String id) throws Exception {
        PahoMqttTransport t = new PahoMqttTransport(MqttSettings.local("127.0.0.1", BROKER.port(), id), SCHEDULER);
        t.connect().get(20, TimeUnit.SECONDS);
        return t;
    }

    @Test
    void subscribe_handlerThrows_clientKeepsDeliveringToItAndOthers() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (PahoMqttTransport t = client("throwing")) {
            t.subscribe("test/throw", (topic, p, r) -> {
                seen.add("bad:" + new String(p, StandardCharsets.UTF_8));
                throw new IllegalStateException("handler bug");
            });
            t.subscribe("test/throw", (topic, p, r) -> seen.add("good:" + new String(p, StandardCharsets.UTF_8)));
            Thread.sleep(200);

            t.publish("test/throw", bytes("1"), 1, false).get(5, TimeUnit.SECONDS);
            t.publish("test/throw", bytes("2"), 1, false).get(5, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 4);
            assertTrue(seen.containsAll(List.of("bad:1", "good:1", "bad:2", "good:2")), seen.toString());
            assertTrue(t.isConnected());
        }
    }

    @Test
    void subscribe_retainedMessage_deliveredWithRetainedFlag() throws Exception {
        List<Boolean> flags = new CopyOnWriteArrayList<>();
        try (PahoMqttTransport publisher = client("retainer"); PahoMqttTransport reader = client("reader")) {
            publisher.publish("test/retained", bytes("kept"), 1, true).get(5, TimeUnit.SECONDS);

            reader.subscribe("test/retained", (topic, p, retained) -> flags.add(retained));

            await().atMost(Duration.ofSeconds(5)).until(() -> flags.size() == 1);
            assertTrue(flags.get(0));
        }
    }

    @Test
    void publish_burstOfQos1_allDeliveredInOrder() throws Exception {
        List<Integer> received = new CopyOnWriteArrayList<>();
        try (PahoMqttTransport publisher = client("burst"); PahoMqttTransport reader = client("burst-reader")) {
            reader.subscribe("test/burst", (topic, p, r) -> received.add(Integer.parseInt(new String(p,
                    StandardCharsets.UTF_8))));
            Thread.sleep(200);

            CompletableFuture<?>[] sent = IntStream.range(0, 500)
                    .mapToObj(i -> publisher.publish("test/burst", bytes(String.valueOf(i)), 1, false))
                    .toArray(CompletableFuture[]::new);

            CompletableFuture.allOf(sent).get(20, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 500);
            assertEquals(IntStream.range(0, 500).boxed().toList(), received);
        }
    }

    @Test
    void publish_notConnected_failsWithNotConnected() {
        PahoMqttTransport never = new PahoMqttTransport(MqttSettings.local("127.0.0.1", BROKER.port(), "never"),
                SCHEDULER);
        try {
            CompletableFuture<Void> f = never.publish("x", bytes("y"), 1, false);

            assertTrue(f.isCompletedExceptionally());
            Throwable cause = f.handle((ok, e) -> e).join();
            assertTrue(cause instanceof MqttTransportException m && m.notConnected(), String.valueOf(cause));
            assertFalse(never.isConnected());
        } finally {
            never.close();
        }
    }

    @Test
    void new_tlsWithMissingCaFile_throwsNamingTheFile() {
        MqttSettings tls = new MqttSettings("127.0.0.1", 8883, "tls", null, null, true,
                java.nio.file.Path.of("/nonexistent/ca.pem"), null, null);

        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new PahoMqttTransport(tls, SCHEDULER));

        assertTrue(e.getMessage().contains("/nonexistent/ca.pem"), e.getMessage());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
