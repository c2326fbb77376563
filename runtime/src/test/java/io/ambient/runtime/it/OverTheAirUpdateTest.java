package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.models.delivery.DeliveryStatus;
import io.ambient.models.delivery.PackagePublisher;
import io.ambient.models.head.HeadPackageInfo;
import io.ambient.models.head.HeadTrainer;
import io.ambient.models.head.HeadTrainingOptions;
import io.ambient.models.head.IntentHeadPackages;
import io.ambient.models.head.TrainingData;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.trust.ManifestSigner;
import io.ambient.models.trust.PackageSigning;
import io.ambient.models.trust.SigningKeys;
import io.ambient.runtime.update.MqttMessageChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 end to end, on the real runtime with its embedded broker, real ONNX models and the committed demo
 * update: v2 (bge-small with its transform into v1's space) published over MQTT under a concurrent load of
 * text turns; a tampered and a regressing package rejected while the serving model stays; rollback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverTheAirUpdateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path V2 = Path.of("..", "models", "demo", "intent-v2");
    private static final Path DEMO_KEY = Path.of("..", "models", "demo", "DEMO-KEY-NOT-SECRET.pub");
    private static final List<String> LOAD = List.of("what time is it", "is the kitchen ceiling light on",
            "what's the temperature in the living room", "what is today's date", "what's the capital of France",
            "turn on the lights", "which lights are on", "play some jazz");

    private final KeyPair testKey = SigningKeys.generate();
    private final HttpClient http = HttpClient.newHttpClient();
    RuntimeHarness hub;

    @TempDir
    Path tmp;

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isDirectory(V2), "the demo update is missing: run tools/make-demo-v2.sh");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spec.name", "OverTheAirUpdateTest");
        p.put("ambient.mqtt.embedded", true);
        p.put("ambient.mqtt.port", RuntimeHarness.freePort());
        p.put("ambient.models.trusted-keys-file", DEMO_KEY.toAbsolutePath().toString());
        p.put("ambient.models.trusted-keys", List.of(SigningKeys.encode(testKey.getPublic())));
        p.put("ambient.models.regression-homes", Path.of("..", "eval", "homes").toAbsolutePath().toString());
        p.put("ambient.models.regression-cases", Path.of("..", "eval", "cases").toAbsolutePath().toString());
        p.put("ambient.models.request-after", "500ms");
        // The committed v2 is 2 development cases (0.45 points) less accurate than v1 as served (blended), so the
        // default gate (no drop allowed) refuses it; this hub knowingly allows one point, to show the swap.
        p.put("ambient.models.max-accuracy-drop", 0.01);
        hub = new RuntimeHarness(p, 0);
    }

    @AfterAll
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    @Order(1)
    void publishV2OverMqtt_underLoad_activatesWithZeroFailedTurns_andTheGateShowsItsEvidence() throws Exception {
        String v1 = BuiltInIntentModel.manifest().coordinates();
        assertEquals(BuiltInIntentModel.manifest().version().toString(), models().path("active").asText());
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        Set<String> modelsSeen = ConcurrentHashMap.newKeySet();
        AtomicInteger turns = new AtomicInteger();
        List<Thread> load = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int offset = t;
            Thread th = new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    String text = LOAD.get(i % LOAD.size());
                    try {
                        JsonNode turn = hub.turn(text, "kitchen-satellite");
                        turns.incrementAndGet();
                        String outcome = turn.path("outcome").asText();
                        if (outcome.equals("failed") || outcome.isEmpty()) {
                            failures.add(text + " -> " + turn);
                        }
                        turn.path("trace").forEach(s -> {
                            if (s.path("stage").asText().equals("nlu")) {
                                modelsSeen.add(s.path("model").asText());
                            }
                        });
                    } catch (Exception e) {
                        failures.add(text + " -> " + e);
                    }
                }
            }, "load-" + t);
            th.start();
            load.add(th);
        }
        DeliveryStatus status;
        try (PackagePublisher publisher = new PackagePublisher(new MqttMessageChannel(hub.observerMqtt()),
                new ModelPackageReader().read(V2), 64 * 1024, s -> { })) {
            status = publisher.publish().get(240, TimeUnit.SECONDS);
        }
        Thread.sleep(1500); // turns on the new model
        running.set(false);
        for (Thread th : load) {
            th.join(60_000);
        }
        assertEquals(DeliveryStatus.State.ACTIVATED, status.state(), status.detail());
        assertEquals(List.of(), failures, "turns failed during the update");
        assertTrue(turns.get() > 10, "too little load: " + turns.get());
        assertTrue(modelsSeen.stream().anyMatch(m -> m.contains(v1)), "no turn on v1: " + modelsSeen);
        assertTrue(modelsSeen.stream().anyMatch(m -> m.contains("intent@2.0.0")), "no turn on v2: " + modelsSeen);

        JsonNode models = models();
        assertEquals("2.0.0", models.path("active").asText());
        JsonNode gate = get("/api/models/2.0.0/gate");
        assertTrue(gate.path("passed").asBoolean(), gate.toString());
        JsonNode embedding = gate.path("embedding");
        assertTrue(embedding.path("transform").asBoolean(), gate.toString());
        assertEquals("bge-small-en-v1.5-q", embedding.path("encoderSpace").asText());
        assertEquals("all-minilm-l6-v2-q", embedding.path("candidateSpace").asText());
        assertTrue(embedding.path("newVsOld").asDouble() >= embedding.path("oldVsOld").asDouble(), gate.toString());
        JsonNode regression = gate.path("regression");
        assertTrue(regression.path("cases").asInt() > 300, gate.toString());
        assertTrue(regression.path("negativeFlipRate").asDouble() <= 0.005, gate.toString());
        assertEquals(TaughtPhrasesForTest.TAUGHT.size(), regression.path("taughtPhrases").asInt());
        assertEquals(0, regression.path("taughtFlips").asInt(), "taught phrases no longer found through the transform");
        // the serving model answers with v2 now
        JsonNode after = hub.turn("switch off the kitchen lights", "kitchen-satellite");
        assertEquals("HassTurnOff", after.path("intent").asText(), after.toString());
    }

    @Test
    @Order(2)
    void tamperedPackage_overMqtt_isRejectedWithTheReason_andV2KeepsServing() throws Exception {
        Path tampered = copy(V2, tmp.resolve("tampered"));
        Path manifest = tampered.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"version\" : \"2.0.0\"", "\"version\" : \"2.1.0\""));
        DeliveryStatus status;
        try (PackagePublisher publisher = new PackagePublisher(new MqttMessageChannel(hub.observerMqtt()),
                new ModelPackageReader().read(tampered), 64 * 1024, s -> { })) {
            status = publisher.publish().get(120, TimeUnit.SECONDS);
        }
        assertEquals(DeliveryStatus.State.REJECTED, status.state());
        assertTrue(status.detail().contains("BAD_SIGNATURE") && status.detail().contains("changed after signing"),
                status.detail());
        assertEquals("2.0.0", models().path("active").asText());
        assertTrue(hub.turn("what time is it", "kitchen-satellite").path("trace").toString().contains("intent@2.0.0"));
    }

    @Test
    @Order(3)
    void regressingPackage_uploadedOverHttp_isRejectedByTheGate_andV2KeepsServing() throws Exception {
        Path bad = regressingPackage(tmp.resolve("regressing"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(hub.base.resolve("/api/models"))
                .timeout(Duration.ofSeconds(240)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(bad))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertEquals("rejected", answer.path("outcome").asText());
        assertTrue(answer.path("reason").asText().contains("negative flip rate"), r.body());
        assertFalse(answer.path("gate").path("passed").asBoolean(true));
        assertEquals("2.0.0", models().path("active").asText());
        JsonNode listed = get("/api/models/3.0.0/gate");
        assertTrue(listed.path("regression").path("negativeFlips").asInt() > 0, listed.toString());
    }

    @Test
    @Order(4)
    void unsignedPackage_fromALocalPath_isRejected() throws Exception {
        Path unsigned = regressingPackage(tmp.resolve("unsigned"));
        Path m = unsigned.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replaceAll(",\\n  \"signature\" : \"[^\"]*\"", ""));
        HttpResponse<String> r = post("/api/models/install", "{\"path\":\"" + unsigned.toAbsolutePath() + "\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("UNSIGNED"), r.body());
    }

    @Test
    @Order(5)
    void rollback_returnsToTheBuiltInV1_andTurnsGoOn() throws Exception {
        HttpResponse<String> r = post("/api/models/rollback", "");
        assertEquals(200, r.statusCode(), r.body());
        Manifest v1 = BuiltInIntentModel.manifest();
        assertEquals(v1.version().toString(), models().path("active").asText());
        JsonNode turn = hub.turn("turn off the lights", "kitchen-satellite");
        assertTrue(turn.path("trace").toString().contains(v1.coordinates()), turn.toString());
        assertEquals(409, post("/api/models/rollback", "").statusCode(), "nothing before v1");
    }

    /** Signed by a trusted key and well-formed, but its head was trained on noise: the gate must stop it. */
    private Path regressingPackage(Path target) throws Exception {
        Manifest v1 = BuiltInIntentModel.manifest();
        List<String> labels = v1.labels();
        SplittableRandom random = new SplittableRandom(3);
        float[][] x = new float[labels.size() * 4][384];
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 384; j++) {
                x[i][j] = (float) random.nextGaussian();
            }
            y[i] = i % labels.size();
        }
        var head = new HeadTrainer(HeadTrainingOptions.defaults().withEpochs(3)).train(TrainingData.of(x, y, labels)).head();
        HeadPackageInfo info = new HeadPackageInfo("intent", SemanticVersion.parse("3.0.0"), v1.version(),
                v1.encoder(), v1.embeddingSpaceId(), v1.trainingDataDigest(), Map.of(), "2026-01-01T00:00:00Z");
        ModelPackage pkg = new IntentHeadPackages().write(target, head, info);
        return PackageSigning.sign(pkg.directory(), new ManifestSigner(testKey.getPrivate(), testKey.getPublic())).directory();
    }

    private JsonNode models() throws Exception {
        return get("/api/models");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(hub.base.resolve(path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(hub.base.resolve(path)).timeout(Duration.ofSeconds(240))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static byte[] zip(Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes); Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
