package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API's contract: shapes of answers, and clear 4xx messages for bad requests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpApiTest {
    RuntimeHarness hub;

    @BeforeAll
    void start() throws Exception {
        hub = RuntimeHarness.onEmbeddedBroker();
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    @Test
    void interpret_turnOnLights_answersFormatsKeysAndDoesNotAct() throws Exception {
        JsonNode r = hub.interpret("turn on the lights", "kitchen-satellite");

        for (String key : new String[] {"turnId", "text", "rewrittenFrom", "intent", "slots", "targets", "confidence",
                "outcome", "question", "response", "context", "trace"}) {
            assertTrue(r.has(key), "missing " + key + " in " + r);
        }
        assertEquals("HassTurnOn", r.path("intent").asText());
        assertEquals("kitchen-satellite", r.path("context").path("site").asText());
        assertEquals("Kitchen", r.path("context").path("area").asText());
        assertTrue(r.path("trace").size() >= 3, r.toString());
        Thread.sleep(300);
        assertEquals("off", hub.runtimeState("light.kitchen_ceiling"), "interpret must not act");
    }

    @Test
    void turnById_afterTurn_showsTrace() throws Exception {
        JsonNode r = hub.turn("what time is it", "office-satellite");

        RuntimeHarness.Reply again = hub.get("/api/turns/" + r.path("turnId").asText());

        assertEquals(200, again.status());
        assertEquals(r.path("turnId"), again.body().path("turnId"));
        assertEquals("HassGetCurrentTime", again.body().path("intent").asText());
        assertTrue(again.body().path("trace").size() >= 4, again.body().toString());
    }

    @Test
    void turnById_unknown_is404WithMessage() throws Exception {
        RuntimeHarness.Reply r = hub.get("/api/turns/no-such-turn");

        assertEquals(404, r.status());
        assertTrue(r.body().path("error").asText().contains("no-such-turn"), r.body().toString());
    }

    @Test
    void turns_emptyText_is400WithMessage() throws Exception {
        RuntimeHarness.Reply r = hub.post("/api/turns", "{\"text\": \"  \", \"site\": \"kitchen-satellite\"}");

        assertEquals(400, r.status());
        assertTrue(r.body().path("error").asText().contains("text"), r.body().toString());
    }

    @Test
    void turns_malformedJson_is400WithoutStackTrace() throws Exception {
        RuntimeHarness.Reply r = hub.post("/api/turns", "{\"text\": ");

        assertEquals(400, r.status());
        String error = r.body().path("error").asText();
        assertFalse(error.isBlank(), r.body().toString());
        assertFalse(r.body().toString().contains("at io."), "no stack trace: " + r.body());
    }

    @Test
    void turns_hugeText_isRejected() throws Exception {
        String huge = "turn on the lights ".repeat(200);

        RuntimeHarness.Reply r = hub.post("/api/turns", "{\"text\": \"" + huge + "\"}");

        assertEquals(400, r.status());
        assertFalse(r.body().path("error").asText().isBlank());
    }

    @Test
    void turns_bodyOverLimit_isRejected() throws Exception {
        String body = "{\"text\": \"" + "x".repeat(100_000) + "\"}";

        RuntimeHarness.Reply r = hub.post("/api/turns", body);

        assertEquals(413, r.status());
    }

    @Test
    void devices_listsEveryEntityWithStateAndCapabilities() throws Exception {
        RuntimeHarness.Reply r = hub.get("/api/devices");

        assertEquals(200, r.status());
        assertEquals(15, r.body().size());
        JsonNode tv = null;
        for (JsonNode d : r.body()) {
            if (d.path("id").asText().equals("media_player.living_room_tv")) {
                tv = d;
            }
        }
        assertTrue(tv != null && tv.path("capabilities").toString().contains("screen"), String.valueOf(tv));
        assertEquals("Living Room", tv.path("area").asText());
    }

    @Test
    void context_ofSite_namesAreaAndItsDevices() throws Exception {
        RuntimeHarness.Reply r = hub.get("/api/context?site=office-satellite");

        assertEquals("Office", r.body().path("area").asText());
        assertTrue(r.body().path("devicesInArea").toString().contains("fan.office_fan"));
    }

    @Test
    void health_brokerConnectedAndModelReady_isUp() throws Exception {
        RuntimeHarness.Reply r = hub.get("/health");

        assertEquals(200, r.status());
        assertEquals("UP", r.body().path("details").path("broker").path("status").asText(), r.body().toString());
        assertEquals("UP", r.body().path("details").path("model").path("status").asText());
    }

    @Test
    void prometheus_afterTurn_countsTurnsByOutcome() throws Exception {
        hub.turn("what's the date", "office-satellite");

        RuntimeHarness.Reply r = hub.get("/prometheus");

        assertEquals(200, r.status());
        assertTrue(r.body().asText().contains("ambient_turns_total"), r.body().asText());
        assertTrue(r.body().asText().contains("ambient_stage_latency_seconds"));
    }

    @Test
    void openApi_isServed() throws Exception {
        RuntimeHarness.Reply r = hub.get("/swagger/ambient-0.1.yml");

        assertEquals(200, r.status());
        assertTrue(r.body().asText().contains("/api/turns"), r.body().asText());
    }
}
