package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.WavReader;
import io.ambient.runtime.audio.SimulatedSatellite;
import io.ambient.runtime.audio.SpeechService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speech end to end with real Vosk, a real broker and the simulated home: a posted WAV and a Hermes satellite's
 * audio stream both turn the kitchen lights on; bad audio gets a clear 4xx. Failure points of turns marked
 * wrong (here too, to start the runtime once): recognition, understanding, resolution and the device.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeechTest {
    static final ObjectMapper JSON = new ObjectMapper();
    RuntimeHarness hub;
    final HttpClient http = HttpClient.newHttpClient();
    final BlockingQueue<JsonNode> hermes = new LinkedBlockingQueue<>();

    @BeforeAll
    void start() throws Exception {
        hub = RuntimeHarness.onEmbeddedBroker();
        hub.context.getBean(SpeechService.class).loaded().get(120, TimeUnit.SECONDS);
        for (String topic : new String[] {"hermes/asr/textCaptured", "hermes/tts/say"}) {
            hub.observerMqtt().subscribe(topic, (t, payload, retained) -> {
                try {
                    com.fasterxml.jackson.databind.node.ObjectNode n =
                            (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(payload);
                    hermes.add(n.put("_topic", t));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Thread.sleep(300); // subscriptions acknowledged
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = SpeechTest.class.getResourceAsStream("/audio/" + name)) {
            return in.readAllBytes();
        }
    }

    record Reply(int status, JsonNode body) { }

    Reply postAudio(byte[] wav, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(hub.base.resolve("/api/audio" + query))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "audio/wav")
                .POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JSON.readTree(r.body()));
    }

    void kitchenLightsOff() {
        hub.sim().simulate("light.kitchen_ceiling", "off", Map.of());
        hub.sim().simulate("light.kitchen_counter", "off", Map.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.runtimeState("light.kitchen_ceiling").equals("off")
                && hub.runtimeState("light.kitchen_counter").equals("off"));
    }

    @Test
    void postWav_kitchenCommandFromKitchenSite_turnsKitchenLightsOn() throws Exception {
        kitchenLightsOff();

        Reply r = postAudio(fixture("turn-on-the-kitchen-lights.wav"), "?site=kitchen-satellite&user=ann");

        assertEquals(200, r.status(), r.body().toString());
        assertEquals("turn on the kitchen lights", r.body().path("text").asText());
        assertEquals("HassTurnOn", r.body().path("intent").asText());
        assertEquals("executed", r.body().path("outcome").asText(), r.body().toString());
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.observedState("light.kitchen_ceiling").equals("on")
                && hub.observedState("light.kitchen_counter").equals("on"));
        JsonNode trace = hub.get("/api/turns/" + r.body().path("turnId").asText()).body().path("trace");
        assertEquals("audio", trace.get(0).path("stage").asText());
        assertEquals("asr", trace.get(1).path("stage").asText());
        assertEquals("turn on the kitchen lights", trace.get(1).path("output").asText());
        double confidence = trace.get(1).path("confidence").asDouble();
        assertTrue(confidence > 0.5 && confidence <= 1, trace.toString());
        assertEquals("act", trace.get(trace.size() - 1).path("stage").asText());
    }

    @Test
    void hermesStreamFromSimulatedSatellite_turnsKitchenLightsOnOnceWithoutStopListening() throws Exception {
        kitchenLightsOff();
        hermes.clear();
        PcmAudio speech = WavReader.read(fixture("turn-on-the-kitchen-lights.wav"));

        new SimulatedSatellite(hub.observerMqtt(), "kitchen-satellite").play(speech, 1.5, 3.0);

        await().atMost(Duration.ofSeconds(20)).until(() -> hub.observedState("light.kitchen_ceiling").equals("on")
                && hub.observedState("light.kitchen_counter").equals("on"));
        JsonNode captured = next("hermes/asr/textCaptured");
        assertEquals("turn on the kitchen lights", captured.path("text").asText());
        assertEquals("kitchen-satellite", captured.path("siteId").asText());
        String turnId = captured.path("ambientTurnId").asText();
        assertFalse(turnId.isBlank(), captured.toString());
        assertEquals("asr", hub.get("/api/turns/" + turnId).body().path("trace").get(1).path("stage").asText());
        assertEquals("kitchen-satellite", next("hermes/tts/say").path("siteId").asText());
        // The runtime's Hermes adapter also listens to textCaptured: it must not run the turn a second time.
        Thread.sleep(1500);
        List<JsonNode> more = new ArrayList<>();
        hermes.drainTo(more);
        assertTrue(more.stream().noneMatch(n -> n.path("_topic").asText().equals("hermes/tts/say")), more.toString());
    }

    @Test
    void postAudio_notAWav_is400NamingTheProblem() throws Exception {
        Reply r = postAudio("RIFF this is not audio at all".getBytes(StandardCharsets.US_ASCII), "?site=kitchen-satellite");
        assertEquals(400, r.status());
        assertTrue(r.body().path("error").asText().contains("WAV"), r.body().toString());
    }

    @Test
    void postAudio_muLaw_is415() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(44 + 800).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 800).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 7).putShort((short) 1)
                .putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(800);
        Reply r = postAudio(b.array(), "");
        assertEquals(415, r.status());
        assertTrue(r.body().path("error").asText().contains("mu-law"), r.body().toString());
    }

    @Test
    void postAudio_overTheSizeLimit_is413() throws Exception {
        byte[] big = WavReader.write(new PcmAudio(new short[2_050_000], 16_000));
        Reply r = postAudio(big, "");
        assertEquals(413, r.status());
        assertTrue(r.body().path("error").asText().contains("at most"), r.body().toString());
    }

    @Test
    void postAudio_silence_is422NothingHeard() throws Exception {
        Reply r = postAudio(WavReader.write(new PcmAudio(new short[32_000], 16_000)), "?site=kitchen-satellite");
        assertEquals(422, r.status(), r.body().toString());
        assertEquals("no speech in the audio", r.body().path("error").asText());
        assertEquals("asr", r.body().path("trace").get(1).path("stage").asText());
    }

    JsonNode feedback(String turnId, String json) throws Exception {
        RuntimeHarness.Reply r = hub.post("/api/turns/" + turnId + "/feedback", json);
        assertEquals(200, r.status(), r.body().toString());
        return r.body();
    }

    @Test
    void feedback_misheardOnAsOff_failsAtAsr() throws Exception {
        Reply heard = postAudio(fixture("turn-off-the-kitchen-lights.wav"), "?site=kitchen-satellite");
        assertEquals("turn off the kitchen lights", heard.body().path("text").asText(), heard.body().toString());

        JsonNode f = feedback(heard.body().path("turnId").asText(),
                "{\"verdict\": \"wrong\", \"expectedText\": \"turn on the kitchen lights\"}");

        assertEquals("asr", f.path("stage").asText(), f.toString());
        assertTrue(f.path("fromReference").asBoolean());
    }

    @Test
    void feedback_rightWordsWrongIntent_failsAtNlu() throws Exception {
        JsonNode turn = hub.turn("turn on the kitchen lights", "kitchen-satellite");

        JsonNode f = feedback(turn.path("turnId").asText(), "{\"verdict\": \"wrong\", \"expectedText\":"
                + " \"turn on the kitchen lights\", \"expectedIntent\": \"HassLightSet\"}");

        assertEquals("nlu", f.path("stage").asText(), f.toString());
    }

    @Test
    void feedback_rightIntentWrongRoom_failsAtResolve() throws Exception {
        JsonNode turn = hub.turn("turn on the lights", "office-satellite");

        JsonNode f = feedback(turn.path("turnId").asText(), "{\"verdict\": \"wrong\", \"expectedIntent\": \"HassTurnOn\","
                + " \"expectedTargets\": [\"light.kitchen_ceiling\", \"light.kitchen_counter\"]}");

        assertEquals("resolve", f.path("stage").asText(), f.toString());
        JsonNode shown = hub.get("/api/turns/" + turn.path("turnId").asText()).body().path("failure");
        assertEquals("resolve", shown.path("stage").asText(), shown.toString());
        assertEquals("wrong", shown.path("verdict").asText());
    }

    @Test
    void feedback_deviceDidNotAnswer_failsAtAct_withAndWithoutReference() throws Exception {
        hub.sim().setResponsive("light.desk_lamp", false);
        try {
            JsonNode turn = hub.turn("turn on the desk lamp", "office-satellite");
            assertEquals("failed", turn.path("outcome").asText(), turn.toString());

            JsonNode withReference = feedback(turn.path("turnId").asText(),
                    "{\"verdict\": \"wrong\", \"expectedText\": \"turn on the desk lamp\"}");
            JsonNode bare = feedback(turn.path("turnId").asText(), "{\"verdict\": \"wrong\"}");

            assertEquals("act", withReference.path("stage").asText(), withReference.toString());
            assertTrue(withReference.path("fromReference").asBoolean());
            assertEquals("act", bare.path("stage").asText(), bare.toString());
            assertFalse(bare.path("fromReference").asBoolean());
        } finally {
            hub.sim().setResponsive("light.desk_lamp", true);
        }
    }

    @Test
    void feedback_unknownTurnOrVerdict_isRefused() throws Exception {
        assertEquals(404, hub.post("/api/turns/no-such-turn/feedback", "{\"verdict\": \"wrong\"}").status());
        JsonNode turn = hub.turn("what time is it", "office-satellite");
        assertEquals(400, hub.post("/api/turns/" + turn.path("turnId").asText() + "/feedback",
                "{\"verdict\": \"meh\"}").status());
    }

    JsonNode next(String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<JsonNode> skipped = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode n = hermes.poll(100, TimeUnit.MILLISECONDS);
                if (n != null && n.path("_topic").asText().equals(topic)) {
                    return n;
                }
                if (n != null) {
                    skipped.add(n);
                }
            }
        } finally {
            hermes.addAll(skipped);
        }
        assertNotNull(null, "no message on " + topic);
        return null;
    }
}
