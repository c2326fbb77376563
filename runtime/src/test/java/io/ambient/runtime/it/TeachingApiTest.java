package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.ambient.runtime.learning.LearningQueue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teaching end to end (issue 5, parts 2a, 2d and 5) through the HTTP API, on the embedded broker with the
 * simulated home: taught at turn N, used at turn N+1, per user with the household layer, still there after
 * the runtime restarts on the same store, and gone (from disk too) after the user's data is erased.
 */
class TeachingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path storeDir;

    private RuntimeHarness start() throws Exception {
        return new RuntimeHarness(Map.of("ambient.mqtt.embedded", true, "ambient.mqtt.port", RuntimeHarness.freePort(),
                "ambient.teachable.dir", storeDir.toString()), 0);
    }

    @Test
    void phrasesAndAliases_taughtUsedNextTurn_perUserAndHousehold_surviveRestart() throws Exception {
        try (RuntimeHarness hub = start()) {
            JsonNode taught = say(hub, "When I say movie time, turn on the floor lamp and open the living room blinds",
                    "livingroom-satellite", "ann");
            assertEquals("AmbientTeachPhrase", taught.path("intent").asText(), taught.toString());
            assertEquals("executed", taught.path("outcome").asText());
            assertEquals("OK, when you say movie time I'll turn on the floor lamp and open the living room blinds.",
                    taught.path("response").asText());

            JsonNode used = say(hub, "movie time", "livingroom-satellite", "ann");
            assertEquals("executed", used.path("outcome").asText(), used.toString());
            assertTrue(used.path("context").path("used").toString().contains("taught-phrase:ann/movie time"),
                    used.toString());
            assertEquals("movie time", used.path("rewrittenFrom").asText());
            assertTrue(used.path("targets").toString().contains("light.floor_lamp"), used.toString());
            assertTrue(used.path("targets").toString().contains("cover.living_room_blinds"), used.toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.observedState("light.floor_lamp").equals("on")
                    && hub.observedState("cover.living_room_blinds").equals("open"));

            // personal: bob never taught it; the household layer is shared
            assertFalse(say(hub, "movie time", "livingroom-satellite", "bob").path("context").path("used").toString()
                    .contains("taught-phrase"));
            say(hub, "When anyone says lights out, turn off the floor lamp", "livingroom-satellite", "ann");
            JsonNode bobs = say(hub, "lights out", "livingroom-satellite", "bob");
            assertTrue(bobs.path("context").path("used").toString().contains("taught-phrase:household/lights out"),
                    bobs.toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.observedState("light.floor_lamp").equals("off"));

            // alias, and the satellite that belongs to ann (home file sites[].user) speaks for her
            JsonNode alias = say(hub, "call the reading lamp Lumos", "bedroom-satellite", null);
            assertEquals("OK, I'll know the Reading Lamp as lumos.", alias.path("response").asText(), alias.toString());
            JsonNode lumos = say(hub, "turn on lumos", "livingroom-satellite", "ann");
            assertEquals("[\"light.reading_lamp\"]", lumos.path("targets").toString(), lumos.toString());
            assertTrue(lumos.path("context").path("used").toString().contains("taught-alias:ann/lumos"));
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.observedState("light.reading_lamp").equals("on"));
            assertFalse(say(hub, "turn off lumos", "livingroom-satellite", "bob").path("targets").toString()
                    .contains("light.reading_lamp"), "bob did not teach lumos");
            JsonNode milk = say(hub, "add oat milk to the shopping list", "kitchen-satellite", "bob");
            assertEquals("HassShoppingListAddItem", milk.path("intent").asText(), milk.toString());
        }

        try (RuntimeHarness hub = start()) {
            JsonNode used = say(hub, "movie time", "livingroom-satellite", "ann");
            assertTrue(used.path("context").path("used").toString().contains("taught-phrase:ann/movie time"),
                    "after a restart: " + used);
            JsonNode lumos = say(hub, "turn off lumos", "kitchen-satellite", "ann");
            assertEquals("[\"light.reading_lamp\"]", lumos.path("targets").toString(), lumos.toString());
            assertTrue(say(hub, "lights out", "kitchen-satellite", "bob").path("context").path("used").toString()
                    .contains("taught-phrase:household/lights out"));
            assertTrue(hub.get("/api/users/household/data").body().path("records").toString().contains("oat milk"),
                    "the shopping list is durable (household layer)");

            JsonNode forget = say(hub, "forget movie time", "livingroom-satellite", "ann");
            assertEquals("AmbientForget", forget.path("intent").asText(), forget.toString());
            JsonNode after = say(hub, "movie time", "livingroom-satellite", "ann");
            assertFalse(after.path("context").path("used").toString().contains("taught-phrase"), after.toString());
            assertEquals("[]", hub.get("/api/users/ann/phrases").body().toString());
        }
    }

    @Test
    void teachingEndpoints_andPrivacyExportErase_removeTheUserFromDisk() throws Exception {
        try (RuntimeHarness hub = start()) {
            RuntimeHarness.Reply added = hub.post("/api/users/ann/phrases",
                    "{\"phrase\": \"Good night\", \"steps\": [\"turn off the bedside lamp\", \"lock the front door\"]}");
            assertEquals(201, added.status(), added.body().toString());
            assertEquals("good night", added.body().path("phrase").asText());
            assertEquals(201, hub.post("/api/users/ann/aliases",
                    "{\"entity\": \"light.desk_lamp\", \"alias\": \"Zebrafish Lantern\"}").status());
            assertEquals(400, hub.post("/api/users/ann/aliases", "{\"entity\": \"light.nope\", \"alias\": \"x\"}")
                    .status());
            assertEquals(400, hub.get("/api/users/Not%20A%20User!/phrases").status());
            hub.post("/api/users/bob/phrases", "{\"phrase\": \"bobs phrase\", \"steps\": [\"turn on the desk lamp\"]}");
            JsonNode listed = hub.get("/api/users/ann/phrases").body();
            assertEquals("[\"turn off the bedside lamp\",\"lock the front door\"]", listed.get(0).path("steps").toString());
            assertTrue(say(hub, "turn on the zebrafish lantern", "office-satellite", "ann").path("targets").toString()
                    .contains("light.desk_lamp"));

            // the turn is in ann's interaction log once the background write is done
            hub.context.getBean(LearningQueue.class).flush().get(10, TimeUnit.SECONDS);
            JsonNode export = hub.get("/api/users/ann/data").body();
            assertEquals("ann", export.path("user").asText());
            String records = export.path("records").toString();
            assertTrue(records.contains("good night") && records.contains("zebrafish lantern"), records);
            assertTrue(records.contains("\"kind\":\"interaction\""), records);
            assertFalse(records.contains("bobs phrase"), records);

            JsonNode erased = delete(hub, "/api/users/ann/data");
            assertEquals(3, erased.path("records").asInt(), erased.toString()); // phrase, alias, the logged turn
            assertEquals(0, hub.get("/api/users/ann/data").body().path("records").size());
            assertEquals(1, hub.get("/api/users/bob/phrases").body().size());
            // interpreted only, so not logged: nothing about the lantern is written again
            assertFalse(hub.post("/api/interpret", "{\"text\": \"turn on the zebrafish lantern\", \"site\": "
                    + "\"office-satellite\", \"user\": \"ann\"}").body().path("targets").toString()
                    .contains("light.desk_lamp"));
        }
        assertFalse(onDisk(storeDir, "zebrafish"), "erased alias still somewhere in " + storeDir);
        assertTrue(onDisk(storeDir, "bobs phrase"), "bob's data must stay");
    }

    private static JsonNode say(RuntimeHarness hub, String text, String site, String user) throws Exception {
        ObjectNode b = JSON.createObjectNode();
        b.put("text", text);
        b.put("site", site);
        if (user != null) {
            b.put("user", user);
        }
        RuntimeHarness.Reply r = hub.post("/api/turns", b.toString());
        assertEquals(200, r.status(), r.body().toString());
        return r.body();
    }

    private static JsonNode delete(RuntimeHarness hub, String path) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(hub.base.resolve(path)).DELETE().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static boolean onDisk(Path dir, String text) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
