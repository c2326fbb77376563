package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.devices.mqtt.MqttTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hermes satellites over the broker: NLU queries, captured text that acts, and malformed messages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HermesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    RuntimeHarness hub;
    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

    @BeforeAll
    void start() throws Exception {
        hub = RuntimeHarness.onEmbeddedBroker();
        for (String filter : new String[] {"hermes/nlu/intentParsed", "hermes/intent/#",
                "hermes/nlu/intentNotRecognized", "hermes/tts/say", "hermes/dialogueManager/#"}) {
            hub.observerMqtt().subscribe(filter, (topic, payload, retained) -> {
                try {
                    JsonNode n = JSON.readTree(payload);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("_topic", topic);
                    messages.add(n);
                } catch (java.io.IOException e) {
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

    @Test
    void nluQuery_homeCommand_publishesIntentParsedAndIntentTopic() throws Exception {
        messages.clear();
        publish("hermes/nlu/query", "{\"input\": \"turn off the lights\", \"siteId\": \"kitchen-satellite\","
                + " \"sessionId\": \"s-1\", \"id\": \"q-1\"}");

        JsonNode parsed = next("hermes/nlu/intentParsed");
        JsonNode intent = next("hermes/intent/HassTurnOff");

        assertEquals("HassTurnOff", parsed.path("intent").path("intentName").asText());
        assertEquals("s-1", parsed.path("sessionId").asText());
        assertEquals("kitchen-satellite", parsed.path("siteId").asText());
        assertTrue(parsed.path("slots").toString().contains("Kitchen"), parsed.toString());
        assertEquals("q-1", intent.path("id").asText());
    }

    @Test
    void nluQuery_outOfDomain_publishesIntentNotRecognized() throws Exception {
        messages.clear();
        publish("hermes/nlu/query", "{\"input\": \"who wrote hamlet\", \"siteId\": \"kitchen-satellite\", \"id\": \"q-2\"}");

        JsonNode r = next("hermes/nlu/intentNotRecognized");

        assertEquals("q-2", r.path("id").asText());
    }

    @Test
    void malformedQuery_isSkippedAndLaterQueriesStillWork() throws Exception {
        messages.clear();
        publish("hermes/nlu/query", "this is not json");
        publish("hermes/nlu/query", "{\"siteId\": \"kitchen-satellite\"}");
        publish("hermes/nlu/query", "{\"input\": \"what time is it\", \"siteId\": \"office-satellite\", \"id\": \"q-3\"}");

        JsonNode r = next("hermes/nlu/intentParsed");

        assertEquals("q-3", r.path("id").asText());
        assertEquals("HassGetCurrentTime", r.path("intent").path("intentName").asText());
    }

    @Test
    void textCaptured_command_actsAndSpeaksOnTheSameSite() throws Exception {
        messages.clear();
        hub.sim().simulate("fan.office_fan", "off", Map.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.runtimeState("fan.office_fan").equals("off"));

        publish("hermes/asr/textCaptured", "{\"text\": \"turn on the fan\", \"likelihood\": 0.9, \"seconds\": 1.2,"
                + " \"siteId\": \"office-satellite\", \"sessionId\": \"s-4\"}");

        JsonNode say = next("hermes/tts/say");
        assertEquals("office-satellite", say.path("siteId").asText());
        assertTrue(say.path("text").asText().contains("Office Fan"), say.toString());
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.observedState("fan.office_fan").equals("on"));
    }

    @Test
    void textCaptured_preferenceDialog_isASessionOverTheDialogueManager() throws Exception {
        messages.clear();
        String site = "bedroom-satellite";

        publish("hermes/asr/textCaptured", captured("learn my preferences", site, "dm-7"));
        JsonNode first = next("hermes/dialogueManager/continueSession");
        publish("hermes/asr/textCaptured", captured("the warriors", site, "dm-7"));
        JsonNode second = next("hermes/dialogueManager/continueSession");
        publish("hermes/asr/textCaptured", captured("stop", site, "dm-7"));
        JsonNode end = next("hermes/dialogueManager/endSession");

        assertEquals("dm-7", first.path("sessionId").asText(), first.toString());
        assertTrue(first.path("text").asText().contains("team"), first.toString());
        assertEquals("dm-7", second.path("sessionId").asText());
        assertTrue(second.path("text").asText().contains("Warriors"), second.toString());
        assertTrue(second.path("text").asText().contains("music"), second.toString());
        assertEquals(first.path("customData").asText(), second.path("customData").asText());
        assertEquals("dm-7", end.path("sessionId").asText());

        // the next request on that satellite uses what the session taught (the household's team: no user)
        publish("hermes/asr/textCaptured", captured("what's the score", site, "dm-8"));
        JsonNode say = next("hermes/tts/say");
        assertEquals(site, say.path("siteId").asText());
        assertTrue(say.path("text").asText().contains("Warriors"), say.toString());
    }

    private static String captured(String text, String site, String session) {
        return "{\"text\": \"" + text + "\", \"likelihood\": 0.9, \"seconds\": 1.0, \"siteId\": \"" + site
                + "\", \"sessionId\": \"" + session + "\"}";
    }

    private void publish(String topic, String json) throws Exception {
        hub.observerMqtt().publish(topic, json.getBytes(StandardCharsets.UTF_8), MqttTransport.AT_LEAST_ONCE, false)
                .get(5, TimeUnit.SECONDS);
    }

    private JsonNode next(String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode n = messages.poll(100, TimeUnit.MILLISECONDS);
            if (n != null && n.path("_topic").asText().equals(topic)) {
                return n;
            }
            if (n != null) {
                messages.add(n); // keep it for another expectation
                Thread.sleep(20);
            }
        }
        assertNotNull(null, "no message on " + topic);
        return null;
    }
}
