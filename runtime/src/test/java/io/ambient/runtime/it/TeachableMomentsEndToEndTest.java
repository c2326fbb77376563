package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.ambient.teachable.store.TaughtPhrase;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import org.junit.jupiter.api.Test;


import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teachable moments through the HTTP API on the real embedded broker and simulated home: a request that
 * failed twice, or "no, that's wrong", makes the runtime ask what was meant; the answer is done and taught,
 * the original words work on the next turn and after a restart on the same store, and the failed turn is
 * judged wrong (its failure point found).
 */
class TeachableMomentsEndToEndTest extends TeachingHubTest {
    private static final String OFFICE = "office-satellite";
    @Test
    void repeatedFailure_asksMeaning_answerTaughtAndUsedNextTurn_andAfterRestart() throws Exception {
        startHub();
        fanIs("off");

        JsonNode first = hub.turn("engage the whirlybird", OFFICE, "ann");
        assertEquals("not_understood", first.path("outcome").asText(), first.toString());
        assertTrue(first.path("session").isNull(), first.toString());

        JsonNode again = hub.turn("engage the whirlybird now", OFFICE, "ann");
        assertEquals("not_understood", again.path("outcome").asText(), again.toString());
        assertEquals("meaning", again.path("session").path("expecting").asText(), again.toString());
        assertTrue(again.path("response").asText().contains("What did you mean by \"engage the whirlybird\"?"),
                again.toString());

        JsonNode meaning = hub.turn("turn on the fan", OFFICE, "ann");
        assertEquals("executed", meaning.path("outcome").asText(), meaning.toString());
        assertTrue(meaning.path("response").asText().contains("from now on \"engage the whirlybird\""),
                meaning.toString());
        assertFalse(meaning.path("session").path("open").asBoolean());
        await().atMost(WAIT).until(() -> hub.observedState("fan.office_fan").equals("on"));
        assertEquals(java.util.List.of("turn on the fan"), taughtMeaning("ann", "engage the whirlybird"));
        // the first turn is now judged wrong, against what was meant
        JsonNode judged = hub.get("/api/turns/" + first.path("turnId").asText()).body();
        assertEquals("wrong", judged.path("failure").path("verdict").asText(), judged.toString());
        assertEquals("teaching", judged.path("failure").path("source").asText());

        // turn N+1: the original words now work (the rewrite stage expands the taught phrase)
        fanIs("off");
        JsonNode taught = hub.turn("engage the whirlybird", OFFICE, "ann");
        assertEquals("executed", taught.path("outcome").asText(), taught.toString());
        await().atMost(WAIT).until(() -> hub.observedState("fan.office_fan").equals("on"));

        startHub(); // a restart on the same store
        assertEquals(java.util.List.of("turn on the fan"), taughtMeaning("ann", "engage the whirlybird"));
        fanIs("off");
        JsonNode afterRestart = hub.turn("engage the whirlybird", OFFICE, "ann");
        assertEquals("executed", afterRestart.path("outcome").asText(), afterRestart.toString());
        await().atMost(WAIT).until(() -> hub.observedState("fan.office_fan").equals("on"));
    }

    /** What the store holds as the meaning of {@code phrase} for {@code user}. */
    private java.util.List<String> taughtMeaning(String user, String phrase) {
        return hub.context.getBean(TeachableBooks.class).phrases().lookup(UserId.of(user), phrase)
                .map(TaughtPhrase::steps).orElse(java.util.List.of());
    }

    @Test
    void noThatsWrong_asksWhatThePreviousRequestMeant_andNeverMindLearnsNothing() throws Exception {
        startHub();

        JsonNode asked = hub.turn("what time is it", "kitchen-satellite", "bob");
        JsonNode wrong = hub.turn("no, that's wrong", "kitchen-satellite", "bob");
        assertEquals("AmbientFeedbackNegative", wrong.path("intent").asText(), wrong.toString());
        assertEquals("clarify", wrong.path("outcome").asText());
        assertTrue(wrong.path("question").asText().contains("\"what time is it\""), wrong.toString());

        JsonNode judged = hub.get("/api/turns/" + asked.path("turnId").asText()).body();
        assertEquals("wrong", judged.path("failure").path("verdict").asText(), judged.toString());
        assertEquals("no-thats-wrong", judged.path("failure").path("source").asText());

        JsonNode never = hub.turn("never mind", "kitchen-satellite", "bob");
        assertEquals("executed", never.path("outcome").asText(), never.toString());
        assertFalse(never.path("session").path("open").asBoolean(), never.toString());

        JsonNode time = hub.turn("what time is it", "kitchen-satellite", "bob");
        assertEquals("HassGetCurrentTime", time.path("intent").asText(), time.toString());
        assertTrue(time.path("session").isNull(), time.toString());
    }

    private void fanIs(String state) {
        hub.sim().simulate("fan.office_fan", state, java.util.Map.of());
        await().atMost(WAIT).until(() -> hub.runtimeState("fan.office_fan").equals(state));
    }
}
