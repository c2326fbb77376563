package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.registry.ModelHandle;
import io.ambient.models.text.Embedding;
import io.ambient.runtime.cli.CommandLine;
import io.ambient.runtime.understanding.LoadedModel;
import io.ambient.runtime.understanding.UnderstandingService;
import io.ambient.teachable.store.RecordKind;
import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.Rewrite;
import io.ambient.teachable.store.StoredRecord;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's first "done when", end to end: the committed demo update v2 (bge-small-en-v1.5 with its transform
 * into v1's MiniLM space) is published with {@code ./ambient models publish} over the embedded broker to a
 * running hub (real MapDB-indexed teachable store, real ONNX models) while clients send text turns. It is
 * activated, no turn fails, a phrase taught through the API and a stored rewrite still work after the swap,
 * and nothing stored was re-embedded: every taught and learned record (embedding, space id, time of writing)
 * is exactly as before. Then {@code models list} shows the gate results and {@code models rollback} goes back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoV2OverTheAirTest {
    private static final Path V2 = Path.of("..", "models", "demo", "intent-v2");
    private static final UserId ANN = UserId.of("ann");
    private static final String REWRITTEN = "lights up kitchen";
    private static final String REWRITE_TO = "turn on the kitchen lights";
    /** Requests the hub answers without acting or asking back (a question would take the next turn as its answer). */
    private static final List<String> LOAD = List.of("what time is it", "is the kitchen ceiling light on",
            "what is today's date", "which lights are on");
    private static final Set<RecordKind> TAUGHT_KINDS = Set.of(RecordKind.PHRASE, RecordKind.ALIAS, RecordKind.REWRITE);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private Manifest v1;
    @AutoClose
    private RuntimeHarness hub;
    private float[] storedRewriteVector;

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isDirectory(V2), "the demo update is missing: run tools/make-demo-v2.sh");
        v1 = BuiltInIntentModel.manifest();
        hub = RuntimeHarness.forModelUpdates("DemoV2OverTheAirTest", Map.of());
    }

    @Test
    @Order(1)
    void publishV2_toARunningHubUnderLoad_activatesIt_withZeroFailedTurns_andTaughtThingsWork_withoutReindexing()
            throws Exception {
        teachPhraseAndStoreRewrite();
        assertTaughtPhraseAndRewriteWork(v1.coordinates());
        List<StoredRecord> before = taughtRecords();

        TurnLoad load = TurnLoad.start(hub, 2, LOAD, "office-satellite", 20);
        Cli publish = cli("publish", V2.toString(), "--mqtt", "127.0.0.1:" + hub.context.getBean(MqttSettings.class).port(),
                "--timeout", "600");
        Thread.sleep(1000); // turns on the new model
        load.stop();
        assertEquals(List.of(), load.failures, "turns failed during the update");
        assertTrue(load.turns.get() > 10, "too little load: " + load.turns.get());
        assertTrue(load.modelsSeen.stream().anyMatch(m -> m.contains(v1.coordinates())), "no turn on v1: " + load.modelsSeen);

        JsonNode gate = hub.get("/api/models/2.0.0/gate").body();
        assertTrue(gate.path("embedding").path("transform").asBoolean(), gate.toString());
        assertTrue(gate.path("regression").path("taughtPhrases").asInt() >= 2, "taught phrase and rewrite: " + gate);
        assertTrue(gate.path("passed").asBoolean(), "the demo v2 must pass the gate: " + gate);
        assertTrue(gate.path("embedding").path("newVsOld").asDouble() >= gate.path("embedding").path("oldVsOld").asDouble(),
                gate.toString());
        assertEquals(0, gate.path("regression").path("taughtFlips").asInt(), gate.toString());
        assertEquals(0, publish.exit, publish.out);
        assertTrue(publish.out.contains("activated 2.0.0"), publish.out);
        assertTrue(load.modelsSeen.stream().anyMatch(m -> m.contains("intent@2.0.0")), "no turn on v2: " + load.modelsSeen);
        JsonNode active = version("2.0.0");
        assertEquals("active", active.path("state").asText(), active.toString());
        assertEquals("bge-small-en-v1.5-q", active.path("encoder").asText(), active.toString());
        assertEquals(v1.embeddingSpaceId(), active.path("embeddingSpaceId").asText(), "v2 reads and writes v1's space");
        assertTaughtPhraseAndRewriteWork("intent@2.0.0");
        assertUnchanged(before, taughtRecords());
        Rewrite rewrite = TeachableBooks.over(hub.context.getBean(RecordStore.class)).rewrites()
                .find(ANN, REWRITTEN).orElseThrow();
        Embedding stored = rewrite.embedding().orElseThrow();
        assertEquals(v1.embeddingSpaceId(), stored.spaceId());
        assertArrayEquals(storedRewriteVector, stored.vector(), "the stored embedding was recomputed");
    }

    @Test
    @Order(2)
    void modelsList_showsEachVersionsGateResults_andRollbackReturnsToV1() throws Exception {
        Cli list = cli("list", "--url", hub.base.toString().replaceAll("/$", ""));
        assertEquals(0, list.exit, list.out);
        String v2Line = list.out.lines().filter(l -> l.startsWith("2.0.0")).findFirst().orElseThrow();
        assertTrue(v2Line.contains("bge-small-en-v1.5-q"), list.out);
        JsonNode gate = version("2.0.0").path("gate");
        assertTrue(v2Line.contains(String.format(java.util.Locale.ROOT, "%.3f / %.3f",
                gate.path("embedding").path("newVsOld").asDouble(), gate.path("embedding").path("oldVsOld").asDouble())),
                "retrieval new/old: " + list.out);
        assertTrue(v2Line.contains(String.format(java.util.Locale.ROOT, "(%d/%d)",
                gate.path("regression").path("negativeFlips").asInt(), gate.path("regression").path("cases").asInt())),
                "negative flips: " + list.out);

        assertTrue(list.out.contains("active: 2.0.0"), list.out);
        assertTrue(v2Line.contains("passed") && v2Line.contains("0 of "), list.out);
        Cli rollback = cli("rollback", "--url", hub.base.toString().replaceAll("/$", ""));
        assertEquals(0, rollback.exit, rollback.out);
        assertTrue(rollback.out.contains("now serving " + v1.version()), rollback.out);
        assertEquals(v1.version().toString(), hub.get("/api/models").body().path("active").asText());
        assertTaughtPhraseAndRewriteWork(v1.coordinates());
        Cli after = cli("list", "--url", hub.base.toString().replaceAll("/$", ""));
        assertTrue(after.out.lines().anyMatch(l -> l.startsWith("2.0.0") && l.contains("installed")), after.out);
    }

    private void teachPhraseAndStoreRewrite() throws Exception {
        RuntimeHarness.Reply taught = hub.post("/api/users/ann/phrases",
                "{\"phrase\": \"movie time\", \"steps\": [\"turn on the reading lamp\", \"turn on the floor lamp\"]}");
        assertEquals(201, taught.status(), taught.body().toString());
        UnderstandingService understanding = hub.context.getBean(UnderstandingService.class);
        try (ModelHandle.Lease<LoadedModel> serving = understanding.acquireModel()) {
            OnnxIntentClassifier model = serving.model().model().orElseThrow();
            assertEquals(v1.coordinates(), model.id());
            Embedding e = model.encoder().encode(REWRITTEN); // as mining stores it: once, in the serving space
            storedRewriteVector = e.vector();
            TeachableBooks.over(hub.context.getBean(RecordStore.class)).rewrites()
                    .put(ANN, REWRITTEN, REWRITE_TO, new Rewrite.RewriteStats(3, 0, 0), Optional.of(e));
        }
    }

    /** "movie time" runs both taught steps, "lights up kitchen" is rewritten, each on the given model. */
    private void assertTaughtPhraseAndRewriteWork(String model) throws Exception {
        switchOff("turn off the reading lamp", "light.reading_lamp", "livingroom-satellite");
        switchOff("turn off the floor lamp", "light.floor_lamp", "livingroom-satellite");
        JsonNode movie = hub.turn("movie time", "livingroom-satellite", "ann");
        assertEquals("executed", movie.path("outcome").asText(), movie.toString());
        assertTrue(movie.path("context").path("used").toString().contains("taught-phrase:ann/movie time"), movie.toString());
        assertTrue(movie.path("trace").toString().contains(model), model + " did not serve: " + movie);
        await().atMost(WAIT).until(() -> hub.observedState("light.reading_lamp").equals("on")
                && hub.observedState("light.floor_lamp").equals("on"));

        switchOff("turn off the kitchen lights", "light.kitchen_ceiling", "kitchen-satellite");
        JsonNode rewritten = hub.turn(REWRITTEN, "kitchen-satellite", "ann");
        assertEquals("executed", rewritten.path("outcome").asText(), rewritten.toString());
        assertEquals("HassTurnOn", rewritten.path("intent").asText(), rewritten.toString());
        assertTrue(rewritten.path("context").path("used").toString()
                .contains("rewrite:ann/" + REWRITTEN + " -> " + REWRITE_TO), rewritten.toString());
        assertTrue(rewritten.path("trace").toString().contains(model), model + " did not serve: " + rewritten);
        await().atMost(WAIT).until(() -> hub.observedState("light.kitchen_ceiling").equals("on"));
    }

    private void switchOff(String request, String entity, String site) throws Exception {
        JsonNode off = hub.turn(request, site);
        assertEquals("executed", off.path("outcome").asText(), off.toString());
        await().atMost(WAIT).until(() -> hub.observedState(entity).equals("off"));
    }

    /** Every taught phrase, alias and learned rewrite of every user, as stored (value and time of writing). */
    private List<StoredRecord> taughtRecords() {
        RecordStore store = hub.context.getBean(RecordStore.class);
        List<StoredRecord> out = new ArrayList<>();
        for (UserId user : store.users()) {
            store.listUser(user).stream().filter(r -> TAUGHT_KINDS.contains(r.key().kind())).forEach(out::add);
        }
        assertTrue(out.stream().anyMatch(r -> r.key().kind().equals(RecordKind.REWRITE)), out.toString());
        assertTrue(out.stream().anyMatch(r -> r.key().kind().equals(RecordKind.PHRASE)), out.toString());
        return out;
    }

    /** Every record there was before is still there, byte for byte and with its time of writing. */
    private static void assertUnchanged(List<StoredRecord> before, List<StoredRecord> after) {
        for (StoredRecord r : before) {
            assertTrue(after.contains(r), "rewritten or lost by the update: " + r.key() + " (written " + r.updatedAt()
                    + "); now: " + after.stream().filter(a -> a.key().equals(r.key())).map(StoredRecord::updatedAt).toList());
        }
    }

    private JsonNode version(String version) throws Exception {
        for (JsonNode v : hub.get("/api/models").body().path("versions")) {
            if (v.path("version").asText().equals(version)) {
                return v;
            }
        }
        throw new AssertionError("no version " + version + " in /api/models");
    }

    private record Cli(int exit, String out) { }

    /** {@code ./ambient models ...}, in this JVM. */
    private static Cli cli(String... argv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = CommandLine.models(argv, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Cli(exit, bytes.toString(StandardCharsets.UTF_8));
    }
}
