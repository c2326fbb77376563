package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Self-learning from rephrases through the HTTP API with the real runtime (embedded broker, simulated home, MapDB
 * store on disk, ONNX models): a request is not understood and the user rephrases it, twice; the turns are logged,
 * mining runs by itself after a few logged turns; the original words then work through the rewrite (in
 * {@code context.used}), still after a restart, and a phrase the user teaches for the same words wins over it.
 * The privacy export holds the logged turns (with the negative feedback), and erasing removes them.
 */
class RephraseLearningEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String OFFICE = "office-satellite";
    private static final String FAILS = "office air on";
    private static final String WORKS = "turn on the office fan";
    private static final String SIGNAL = "rewrite:ann/" + FAILS + " -> " + WORKS;

    @TempDir
    Path store;
    private RuntimeHarness hub;

    private void startHub() throws Exception {
        if (hub != null) {
            hub.close();
        }
        // mine after every 4 logged turns, without anyone asking
        hub = RuntimeHarness.onEmbeddedBroker(store, Map.of("ambient.learning.mine-every-turns", 4));
    }

    @AfterEach
    void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void rephrasedFailure_isMinedAndRewritten_afterRestartToo_taughtPhraseWins() throws Exception {
        startHub();
        for (int round = 0; round < 2; round++) {
            fanIs("off");
            JsonNode failed = hub.turn(FAILS, OFFICE, "ann");
            assertEquals("not_understood", failed.path("outcome").asText(), failed.toString());
            JsonNode rephrased = hub.turn(WORKS, OFFICE, "ann");
            assertEquals("executed", rephrased.path("outcome").asText(), rephrased.toString());
        }
        JsonNode time = hub.turn("what time is it", OFFICE, "ann");
        assertEquals(200, hub.post("/api/turns/" + time.path("turnId").asText() + "/feedback",
                "{\"verdict\": \"wrong\"}").status());

        // mined in the background after 4 logged turns
        await().atMost(WAIT).until(() -> rewritesOf("ann").contains(FAILS + " -> " + WORKS));
        await().atMost(WAIT).until(() -> hub.get("/health").body().path("details").path("learning").path("details")
                .path("lastMiningNote").asText().equals("mined"));
        JsonNode report = hub.post("/api/rewrites/mine", "{}").body();
        assertTrue(report.path("mined").asBoolean(), report.toString());
        assertTrue(report.path("rulesSaved").asInt() >= 1, report.toString());
        assertEquals("all-minilm-l6-v2-q", report.path("spaceId").asText(), report.toString());

        fanIs("off");
        assertRewritten(hub.turn(FAILS, OFFICE, "ann"));
        JsonNode export = hub.get("/api/users/ann/data").body();
        List<JsonNode> logged = interactions(export);
        assertTrue(logged.size() >= 5, export.toString());
        assertTrue(logged.stream().anyMatch(r -> r.path("value").path("outcome").asText().equals("not_understood")
                && r.path("value").path("text").asText().equals(FAILS)), export.toString());
        assertTrue(logged.stream().anyMatch(r -> r.path("value").path("turnId").asText()
                .equals(time.path("turnId").asText())
                && r.path("value").path("details").path("feedback").asText().equals("negative")), export.toString());

        startHub(); // a restart on the same store
        fanIs("off");
        assertRewritten(hub.turn(FAILS, OFFICE, "ann"));

        // what the user teaches for the same words wins over the learned rewrite
        assertEquals(201, hub.post("/api/users/ann/phrases",
                "{\"phrase\": \"" + FAILS + "\", \"steps\": [\"turn on the desk lamp\"]}").status());
        JsonNode taught = hub.turn(FAILS, OFFICE, "ann");
        assertEquals("executed", taught.path("outcome").asText(), taught.toString());
        assertEquals("taught-phrase:ann/" + FAILS, taught.path("context").path("used").path(0).asText(),
                taught.toString());
        assertFalse(taught.path("context").path("used").toString().contains("rewrite:"), taught.toString());
        await().atMost(WAIT).until(() -> hub.observedState("light.desk_lamp").equals("on"));

        assertEquals(200, hub.delete("/api/users/ann/data").status());
        assertEquals(List.of(), interactions(hub.get("/api/users/ann/data").body()));
    }

    private void assertRewritten(JsonNode turn) {
        assertEquals("executed", turn.path("outcome").asText(), turn.toString());
        assertEquals("HassTurnOn", turn.path("intent").asText(), turn.toString());
        assertTrue(turn.path("context").path("used").toString().contains(SIGNAL), turn.toString());
        assertTrue(turn.path("trace").toString().contains(SIGNAL), turn.toString());
        await().atMost(WAIT).until(() -> hub.observedState("fan.office_fan").equals("on"));
    }

    private String rewritesOf(String user) throws Exception {
        StringBuilder out = new StringBuilder();
        for (JsonNode r : hub.get("/api/users/" + user + "/rewrites").body()) {
            out.append(r.path("from").asText()).append(" -> ").append(r.path("to").asText()).append('\n');
        }
        return out.toString();
    }

    private static List<JsonNode> interactions(JsonNode export) {
        List<JsonNode> out = new ArrayList<>();
        export.path("records").forEach(r -> {
            if (r.path("kind").asText().equals("interaction")) {
                out.add(r);
            }
        });
        return out;
    }

    private void fanIs(String state) {
        hub.sim().simulate("fan.office_fan", state, Map.of());
        await().atMost(WAIT).until(() -> hub.runtimeState("fan.office_fan").equals(state));
    }
}
