package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The context rules a)-f) of the foundation issue, end to end: HTTP turn -> runtime -> real broker ->
 * simulated devices, with the result observed on the broker by an independent client. Subclasses choose
 * the broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContextRulesContract {
    private static final Duration WAIT = Duration.ofSeconds(10);
    RuntimeHarness hub;

    abstract RuntimeHarness startHub() throws Exception;

    void stopBroker() {
    }

    @BeforeAll
    void start() throws Exception {
        hub = startHub();
        await().atMost(WAIT).until(() -> !hub.observedState("light.kitchen_ceiling").equals("<not seen>")
                && hub.context.getBean(io.ambient.devices.registry.DeviceRegistry.class).current().entities()
                .size() == 15);
    }

    @AfterAll
    void stop() {
        if (hub != null) {
            hub.close();
        }
        stopBroker();
    }

    @BeforeEach
    void resetDevices() {
        for (String id : List.of("light.kitchen_ceiling", "light.kitchen_counter", "light.floor_lamp",
                "light.reading_lamp", "light.bedside_lamp", "light.desk_lamp", "fan.office_fan")) {
            set(id, "off", Map.of());
        }
        set("switch.kitchen_oven", "off", Map.of("current_temperature", 21));
        for (String id : List.of("media_player.kitchen_speaker", "media_player.living_room_tv",
                "media_player.bedroom_speaker")) {
            set(id, "idle", Map.of());
        }
        hub.sim().setResponsive("light.desk_lamp", true);
    }

    private void set(String entityId, String state, Map<String, ?> attributes) {
        hub.sim().simulate(entityId, state, attributes);
        await().atMost(WAIT).until(() -> hub.runtimeState(entityId).equals(state));
    }

    @Test
    void ruleA_lightsWithoutArea_turnsOnSpeakersAreaLights() throws Exception {
        JsonNode r = hub.turn("turn on the lights", "kitchen-satellite");

        assertEquals("executed", r.path("outcome").asText(), r.toString());
        assertEquals(Set.of("light.kitchen_ceiling", "light.kitchen_counter"), strings(r.path("targets")));
        assertEquals("Kitchen", r.path("slots").path("area").asText());
        assertTrue(strings(r.path("context").path("used")).contains("site-area"), r.toString());
        await().atMost(WAIT).until(() -> hub.observedState("light.kitchen_ceiling").equals("on")
                && hub.observedState("light.kitchen_counter").equals("on"));
        assertEquals("off", hub.observedState("light.floor_lamp"), "lights elsewhere stay off");
    }

    @Test
    void ruleB_lampUniqueInSpeakersArea_takesIt() throws Exception {
        JsonNode r = hub.turn("turn on the lamp", "bedroom-satellite");

        assertEquals("executed", r.path("outcome").asText(), r.toString());
        assertEquals(Set.of("light.bedside_lamp"), strings(r.path("targets")));
        await().atMost(WAIT).until(() -> hub.observedState("light.bedside_lamp").equals("on"));
        assertEquals("off", hub.observedState("light.desk_lamp"));
    }

    @Test
    void ruleB_twoLampsInSpeakersArea_asksWhichThenFollowUpCompletes() throws Exception {
        JsonNode question = hub.turn("turn on the lamp", "livingroom-satellite");

        assertEquals("clarify", question.path("outcome").asText(), question.toString());
        assertTrue(question.path("question").asText().toLowerCase().contains("lamp"), question.toString());
        assertEquals("off", hub.observedState("light.reading_lamp"), "nothing is done before the answer");

        JsonNode answer = hub.turn("the reading lamp", "livingroom-satellite");

        assertEquals("executed", answer.path("outcome").asText(), answer.toString());
        assertEquals("HassTurnOn", answer.path("intent").asText());
        assertEquals(Set.of("light.reading_lamp"), strings(answer.path("targets")));
        await().atMost(WAIT).until(() -> hub.observedState("light.reading_lamp").equals("on"));
        assertEquals("off", hub.observedState("light.floor_lamp"));
    }

    @Test
    void ruleC_ovenOn_temperatureQuestionTargetsOven() throws Exception {
        set("switch.kitchen_oven", "on", Map.of("current_temperature", 160));

        JsonNode r = hub.turn("what is the temperature", "kitchen-satellite");

        assertEquals("executed", r.path("outcome").asText(), r.toString());
        assertEquals(Set.of("switch.kitchen_oven"), strings(r.path("targets")));
        assertTrue(strings(r.path("context").path("used")).stream().anyMatch(u -> u.startsWith("device-state:")),
                r.toString());
        assertTrue(r.path("response").asText().contains("Oven"), r.toString());
    }

    @Test
    void ruleC_ovenOff_temperatureQuestionTargetsRoomSensor() throws Exception {
        JsonNode r = hub.turn("what is the temperature", "kitchen-satellite");

        assertEquals(Set.of("sensor.kitchen_temperature"), strings(r.path("targets")), r.toString());
    }

    @Test
    void ruleC_pauseWithOnePlayerPlaying_pausesThatPlayer() throws Exception {
        set("media_player.bedroom_speaker", "playing", Map.of());

        JsonNode r = hub.turn("pause", "kitchen-satellite");

        assertEquals("executed", r.path("outcome").asText(), r.toString());
        assertEquals(Set.of("media_player.bedroom_speaker"), strings(r.path("targets")));
        await().atMost(WAIT).until(() -> hub.observedState("media_player.bedroom_speaker").equals("paused"));
    }

    @Test
    void ruleD_playInRoomWithScreen_playsVideoOnTv() throws Exception {
        JsonNode r = hub.turn("play planet earth", "livingroom-satellite");

        assertEquals("executed", r.path("outcome").asText(), r.toString());
        assertEquals("video", r.path("slots").path("media_class").asText(), r.toString());
        assertEquals(Set.of("media_player.living_room_tv"), strings(r.path("targets")));
        assertTrue(strings(r.path("context").path("used")).contains("device-type:screen"), r.toString());
        await().atMost(WAIT).until(() -> hub.observedState("media_player.living_room_tv").equals("playing"));
    }

    @Test
    void ruleD_playInRoomWithoutScreen_playsAudioOnSpeaker() throws Exception {
        JsonNode r = hub.turn("play planet earth", "kitchen-satellite");

        assertEquals("executed", r.path("outcome").asText(), r.toString());
        assertEquals("music", r.path("slots").path("media_class").asText(), r.toString());
        assertEquals(Set.of("media_player.kitchen_speaker"), strings(r.path("targets")));
        await().atMost(WAIT).until(() -> hub.observedState("media_player.kitchen_speaker").equals("playing"));
        assertEquals("idle", hub.observedState("media_player.living_room_tv"));
    }

    @Test
    void ruleE_fanOnlyInAnotherRoom_isStillFound() throws Exception {
        JsonNode r = hub.turn("turn on the fan", "bedroom-satellite");

        assertEquals("executed", r.path("outcome").asText(), r.toString());
        assertEquals(Set.of("fan.office_fan"), strings(r.path("targets")));
        await().atMost(WAIT).until(() -> hub.observedState("fan.office_fan").equals("on"));
    }

    @Test
    void ruleF_outOfDomainOrUnknownDevice_doesNothingAndSaysSo() throws Exception {
        Map<String, String> before = states();

        JsonNode trivia = hub.turn("what's the capital of France", "kitchen-satellite");
        JsonNode unknown = hub.turn("turn on the sprinkler", "kitchen-satellite");

        assertEquals("not_understood", trivia.path("outcome").asText(), trivia.toString());
        assertEquals("not_understood", unknown.path("outcome").asText(), unknown.toString());
        assertTrue(trivia.path("intent").isNull());
        assertTrue(!unknown.path("response").asText().isBlank());
        Thread.sleep(300); // a command, had one been sent, would have been confirmed by now
        assertEquals(before, states(), "no device changed");
    }

    @Test
    void deviceThatDoesNotAnswer_turnFailsNamingIt() throws Exception {
        hub.sim().setResponsive("light.desk_lamp", false);

        JsonNode r = hub.turn("turn on the desk lamp", "office-satellite");

        assertEquals("failed", r.path("outcome").asText(), r.toString());
        assertTrue(r.path("response").asText().contains("Desk Lamp"), r.toString());
    }

    private Map<String, String> states() {
        Map<String, String> states = new java.util.TreeMap<>();
        for (String id : List.of("light.kitchen_ceiling", "light.kitchen_counter", "switch.kitchen_oven",
                "media_player.kitchen_speaker", "fan.office_fan", "light.desk_lamp")) {
            states.put(id, hub.observedState(id));
        }
        return states;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
