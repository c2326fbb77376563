package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.discovery.MqttDiscovery;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import io.ambient.devices.sim.SimulatedHome;
import io.ambient.runtime.understanding.UnderstandingService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The whole runtime on a real broker with the simulated test home, reached over real HTTP, plus an
 * independent observer: a second MQTT client with its own discovery, so tests see device states as the
 * broker carries them, not as the runtime believes them.
 */
final class RuntimeHarness implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final ApplicationContext context;
    final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService observerScheduler = Executors.newSingleThreadScheduledExecutor();
    private final PahoMqttTransport observerMqtt;
    private final DeviceRegistry observed;
    private final MqttDiscovery observerDiscovery;
    /** The store directory made for this runtime (deleted at close; a test's own directory is left alone). */
    private final Path ownStore;

    RuntimeHarness(Map<String, Object> brokerProperties, int brokerPort) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("micronaut.server.host", "127.0.0.1");
        p.put("ambient.home.file", homeFile().toString());
        p.put("ambient.home.simulate", true);
        p.put("ambient.home.simulation-speed", 50.0);
        p.put("ambient.mqtt.command-timeout", "1500ms");
        // a fresh teachable store per runtime unless the test gives one (to restart on the same store)
        ownStore = java.nio.file.Files.createTempDirectory("ambient-teachable");
        p.put("ambient.teachable.dir", ownStore.toString());
        p.put("ambient.models.data-dir", java.nio.file.Files.createTempDirectory("ambient-models").toString());
        p.putAll(brokerProperties);
        context = ApplicationContext.run(EmbeddedServer.class, p).getApplicationContext();
        // Test what a running hub serves: the trained model, once its background load has finished.
        context.getBean(UnderstandingService.class).loaded().get(120, TimeUnit.SECONDS);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        base = server.getURI();
        int port = brokerPort > 0 ? brokerPort : context.getBean(MqttSettings.class).port();
        observerMqtt = new PahoMqttTransport(MqttSettings.local("127.0.0.1", port, "test-observer"),
                observerScheduler);
        observerMqtt.connect().get(10, TimeUnit.SECONDS);
        observed = new DeviceRegistry(HomeSnapshot.empty(Clock.systemUTC().instant()), Clock.systemUTC());
        // The observer must not announce homeassistant/status: it only listens.
        observerDiscovery = new MqttDiscovery(observerMqtt, observed, "homeassistant", "zigbee2mqtt", false);
        observerDiscovery.start();
    }

    /** The runtime on its own embedded broker (the demo's default), on a free port. */
    static RuntimeHarness onEmbeddedBroker() throws Exception {
        return new RuntimeHarness(Map.of("ambient.mqtt.embedded", true, "ambient.mqtt.port", freePort()), 0);
    }

    /** The same, keeping what users teach in {@code teachableDir} (to restart on it). */
    static RuntimeHarness onEmbeddedBroker(Path teachableDir) throws Exception {
        return new RuntimeHarness(Map.of("ambient.mqtt.embedded", true, "ambient.mqtt.port", freePort(),
                "ambient.teachable.dir", teachableDir.toString()), 0);
    }

    /** The same with more configuration (e.g. {@code ambient.learning.*}). */
    static RuntimeHarness onEmbeddedBroker(Path teachableDir, Map<String, Object> more) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>(more);
        p.put("ambient.mqtt.embedded", true);
        p.put("ambient.mqtt.port", freePort());
        p.put("ambient.teachable.dir", teachableDir.toString());
        return new RuntimeHarness(p, 0);
    }

    /**
     * A hub that takes model updates: its own embedded broker, the committed demo signing key trusted, and the
     * evaluation sets as the compatibility gate's regression suite; {@code extra} adds or overrides properties.
     */
    static RuntimeHarness forModelUpdates(String specName, Map<String, Object> extra) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spec.name", specName);
        p.put("ambient.mqtt.embedded", true);
        p.put("ambient.mqtt.port", freePort());
        p.put("ambient.models.trusted-keys-file",
                Path.of("..", "models", "demo", "DEMO-KEY-NOT-SECRET.pub").toAbsolutePath().toString());
        p.put("ambient.models.regression-homes", Path.of("..", "eval", "homes").toAbsolutePath().toString());
        p.put("ambient.models.regression-cases", Path.of("..", "eval", "cases").toAbsolutePath().toString());
        p.putAll(extra);
        return new RuntimeHarness(p, 0);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static Path homeFile() throws URISyntaxException {
        return Path.of(RuntimeHarness.class.getResource("/homes/test-home.json").toURI());
    }

    SimulatedHome sim() {
        return context.getBean(SimulatedHome.class);
    }

    /** The state of an entity as an independent client sees it on the broker. */
    String observedState(String entityId) {
        return observed.current().entity(entityId).map(Entity::state).orElse("<not seen>");
    }

    /** An attribute of an entity as an independent client sees it on the broker. */
    Object observedAttribute(String entityId, String attribute) {
        return observed.current().entity(entityId).flatMap(e -> e.attribute(attribute)).orElse(null);
    }

    /** The runtime's own registry's view (for waiting until it saw a simulated change). */
    String runtimeState(String entityId) {
        return context.getBean(DeviceRegistry.class).current().entity(entityId).map(Entity::state).orElse("<none>");
    }

    JsonNode turn(String text, String site) throws IOException, InterruptedException {
        return post("/api/turns", body(text, site)).body;
    }

    /** A turn by {@code user} at {@code site} (either may be null). */
    JsonNode turn(String text, String site, String user) throws IOException, InterruptedException {
        ObjectNode b = (ObjectNode) JSON.readTree(body(text, site));
        if (user != null) {
            b.put("user", user);
        }
        return post("/api/turns", b.toString()).body;
    }

    JsonNode interpret(String text, String site) throws IOException, InterruptedException {
        return post("/api/interpret", body(text, site)).body;
    }

    private static String body(String text, String site) {
        ObjectNode b = JSON.createObjectNode();
        b.put("text", text);
        if (site != null) {
            b.put("site", site);
        }
        return b.toString();
    }

    record Reply(int status, JsonNode body) { }

    Reply post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body()));
    }

    Reply delete(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body()));
    }

    Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException notJson) {
            body = JSON.getNodeFactory().textNode(r.body());
        }
        return new Reply(r.statusCode(), body);
    }

    PahoMqttTransport observerMqtt() {
        return observerMqtt;
    }

    @Override
    public void close() {
        observerDiscovery.close();
        observerMqtt.close();
        observerScheduler.shutdownNow();
        context.close();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(ownStore)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
