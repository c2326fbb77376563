package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.ambient.teachable.policy.ConversationRecord;
import io.ambient.teachable.policy.ConversationStep;
import io.ambient.teachable.policy.StoredConversations;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Help me find music" through the HTTP API: the exploring policy's prompts come one per turn in a session,
 * the listener answers until a track is taken, and the conversation, with every prompt's propensity, is in
 * the teachable store after the runtime stops.
 */
class MusicDialogEndToEndTest extends TeachingHubTest {
    /** What this listener says to each kind of prompt (the policy explores, so the order is not fixed). */
    private static final Map<String, String> ANSWERS = Map.of("music:ask_genre", "jazz please",
            "music:ask_energy", "something laid back", "music:ask_era", "the seventies",
            "music:suggest", "yes, more like this");

    @Test
    void helpMeFindMusic_promptsUntilATrackIsTaken_andLogsTheConversationWithPropensities() throws Exception {
        startHub();
        JsonNode turn = hub.turn("help me find music", "kitchen-satellite", "ann");
        String sessionId = turn.path("session").path("id").asText();
        int prompts = 0;
        while (turn.path("session").path("open").asBoolean()) {
            assertEquals("AmbientFindMusic", turn.path("intent").asText(), turn.toString());
            assertEquals("clarify", turn.path("outcome").asText(), turn.toString());
            assertEquals(sessionId, turn.path("session").path("id").asText());
            String expecting = turn.path("session").path("expecting").asText();
            assertTrue(ANSWERS.containsKey(expecting), turn.toString());
            turn = hub.turn(ANSWERS.get(expecting), "kitchen-satellite", "ann");
            prompts++;
            assertTrue(prompts <= 6, "at most six prompts: " + turn);
        }
        assertEquals("executed", turn.path("outcome").asText(), turn.toString());
        assertEquals("AmbientFindMusic", turn.path("intent").asText());
        assertFalse(turn.path("slots").path("search_query").asText().isBlank(), turn.toString());
        assertTrue(turn.path("response").asText().contains(turn.path("slots").path("search_query").asText()));

        hub.close();
        hub = null; // stopped: the store is free to open
        try (JournaledRecordStore reopened = JournaledRecordStore.open(store, Clock.systemUTC())) {
            List<ConversationRecord> logged = new StoredConversations(reopened).list(List.of(UserId.of("ann")));
            assertEquals(1, logged.size());
            ConversationRecord c = logged.get(0);
            assertTrue(c.success());
            assertEquals("explore-genre-first", c.policy());
            assertEquals(prompts, c.steps().size());
            for (ConversationStep step : c.steps()) {
                assertTrue(step.propensity() > 0 && step.propensity() <= 1, step.toString());
                assertEquals(1.0, step.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
            }
        }
    }
}
