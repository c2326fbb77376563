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
import io.ambient.models.pkg.ModelPackageWriter;
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
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 end to end, on the real runtime with its embedded broker and real ONNX models, under a concurrent
 * load of text turns: an update published over MQTT passes the gate and is swapped in with no failed turn;
 * a tampered, a regressing and an unsigned package are refused and the serving model stays; rollback. The
 * committed demo v2 (bge-small with its transform into v1's space) has its own test, {@link DemoV2OverTheAirTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverTheAirUpdateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path V2 = Path.of("..", "models", "demo", "intent-v2");
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
        hub = RuntimeHarness.forModelUpdates("OverTheAirUpdateTest", Map.of(
                "ambient.models.trusted-keys", List.of(SigningKeys.encode(testKey.getPublic())),
                "ambient.models.request-after", "500ms"));
    }

    @AfterAll
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    @Order(1)
    void publishUpdateOverMqtt_underLoad_activatesWithZeroFailedTurns() throws Exception {
        Manifest v1 = BuiltInIntentModel.manifest();
        assertEquals(v1.version().toString(), models().path("active").asText());
        Path update = republishedV1(tmp.resolve("v1.1"), "1.1.0");
        TurnLoad load = TurnLoad.start(hub, 3, LOAD, "kitchen-satellite", 0);
        DeliveryStatus status = publish(update);
        Thread.sleep(1500); // turns on the new model
        load.stop();
        assertEquals(DeliveryStatus.State.ACTIVATED, status.state(), status.detail());
        assertEquals(List.of(), load.failures, "turns failed during the update");
        assertTrue(load.turns.get() > 10, "too little load: " + load.turns.get());
        assertTrue(load.modelsSeen.stream().anyMatch(m -> m.contains(v1.coordinates())), "no turn on v1: " + load.modelsSeen);
        assertTrue(load.modelsSeen.stream().anyMatch(m -> m.contains("intent@1.1.0")), "no turn on 1.1.0: " + load.modelsSeen);
        assertEquals("1.1.0", models().path("active").asText());
        JsonNode gate = get("/api/models/1.1.0/gate");
        assertTrue(gate.path("passed").asBoolean(), gate.toString());
        assertEquals(0, gate.path("regression").path("negativeFlips").asInt(), gate.toString());
        assertEquals(gate.path("embedding").path("oldVsOld").asDouble(), gate.path("embedding").path("newVsOld").asDouble());
        // plus whatever the teachable store learnt meanwhile (the load triggers teachable moments)
        assertTrue(gate.path("regression").path("taughtPhrases").asInt() >= TaughtPhrasesForTest.TAUGHT.size(), gate.toString());
    }

    /** The built-in head under a new version: a legitimate update that cannot regress (same encoder, same weights). */
    private Path republishedV1(Path target, String version) throws Exception {
        ModelPackage v1 = BuiltInIntentModel.read();
        Manifest m = v1.manifest();
        Manifest next = new Manifest(m.formatVersion(), m.id(), SemanticVersion.parse(version), m.kind(), m.encoder(),
                m.embeddingSpaceId(), m.labels(), m.inputs(), m.outputs(), Map.of(), m.version(), m.trainingDataDigest(),
                m.metrics(), m.createdAt(), null);
        ModelPackage pkg = new ModelPackageWriter().write(target, next,
                Map.of(IntentHeadPackages.HEAD_FILE, v1.read(IntentHeadPackages.HEAD_FILE)));
        return PackageSigning.sign(pkg.directory(), new ManifestSigner(testKey.getPrivate(), testKey.getPublic())).directory();
    }

    private DeliveryStatus publish(Path pkg) throws Exception {
        try (PackagePublisher publisher = new PackagePublisher(new MqttMessageChannel(hub.observerMqtt()),
                new ModelPackageReader().read(pkg), 64 * 1024, s -> { })) {
            return publisher.publish().get(300, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(3)
    void tamperedPackage_overMqtt_isRejectedWithTheReason_andTheServingModelStays() throws Exception {
        String serving = models().path("active").asText();
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
        assertEquals(serving, models().path("active").asText());
        assertTrue(hub.turn("what time is it", "kitchen-satellite").path("trace").toString().contains("intent@" + serving));
    }

    @Test
    @Order(4)
    void regressingPackage_uploadedOverHttp_isRejectedByTheGate_andTheServingModelStays() throws Exception {
        String serving = models().path("active").asText();
        Path bad = regressingPackage(tmp.resolve("regressing"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(hub.base.resolve("/api/models"))
                .timeout(Duration.ofSeconds(240)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(bad))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertEquals("rejected", answer.path("outcome").asText());
        assertTrue(answer.path("reason").asText().contains("negative flip rate"), r.body());
        assertFalse(answer.path("gate").path("passed").asBoolean(true));
        assertEquals(serving, models().path("active").asText());
        JsonNode listed = get("/api/models/3.0.0/gate");
        assertTrue(listed.path("regression").path("negativeFlips").asInt() > 0, listed.toString());
    }

    @Test
    @Order(5)
    void unsignedPackage_fromALocalPath_isRejected() throws Exception {
        Path unsigned = regressingPackage(tmp.resolve("unsigned"));
        Path m = unsigned.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replaceAll(",\\n  \"signature\" : \"[^\"]*\"", ""));
        HttpResponse<String> r = post("/api/models/install", "{\"path\":\"" + unsigned.toAbsolutePath() + "\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("UNSIGNED"), r.body());
    }

    @Test
    @Order(6)
    void rollback_returnsToTheVersionBefore_andTurnsGoOn() throws Exception {
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
