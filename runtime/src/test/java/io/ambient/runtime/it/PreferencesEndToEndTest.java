package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Preferences through the HTTP API on the real embedded broker and simulated home: learned in the guided
 * dialog or stated at any time (turn N), used by the next turn (N+1), still there after the runtime restarts
 * on the same teachable store.
 */
class PreferencesEndToEndTest extends TeachingHubTest {
    @Test
    void guidedDialog_answersStoredAndUsedNextTurn_andAfterRestart() throws Exception {
        startHub();
        String office = "office-satellite";

        JsonNode start = hub.turn("learn my preferences", office, "ann");
        assertEquals("clarify", start.path("outcome").asText(), start.toString());
        assertEquals("AmbientLearnPreferences", start.path("intent").asText());
        JsonNode session = start.path("session");
        assertTrue(session.path("open").asBoolean(), start.toString());
        assertEquals("team", session.path("expecting").asText());
        assertEquals(session.path("question").asText(), start.path("question").asText());

        List<JsonNode> answers = new ArrayList<>();
        for (String answer : List.of("the warriors", "jazz mostly", "I like it at 21 degrees", "half past six")) {
            answers.add(hub.turn(answer, office, "ann"));
        }
        assertEquals(List.of("music_genre", "temperature", "wake_time"), answers.subList(0, 3).stream()
                .map(a -> a.path("session").path("expecting").asText()).toList(), answers.toString());
        answers.forEach(a -> assertEquals(session.path("id").asText(), a.path("session").path("id").asText()));
        JsonNode last = answers.get(3);
        assertEquals("executed", last.path("outcome").asText(), last.toString());
        assertFalse(last.path("session").path("open").asBoolean());
        assertEquals("06:30", last.path("slots").path("value").asText());
        assertTrue(answers.get(0).path("response").asText().contains("Warriors"), answers.get(0).toString());

        // turn N+1: the preferences change interpretation, and say so
        JsonNode score = hub.turn("what's the score", office, "ann");
        assertEquals("AmbientGetScore", score.path("intent").asText(), score.toString());
        assertEquals("Warriors", score.path("slots").path("team").asText());
        assertTrue(used(score).contains("preference:ann/team=Warriors"), score.toString());

        JsonNode comfortable = hub.turn("make it comfortable", office, "ann");
        assertEquals("executed", comfortable.path("outcome").asText(), comfortable.toString());
        assertEquals("HassClimateSetTemperature", comfortable.path("intent").asText());
        assertEquals(21.0, comfortable.path("slots").path("temperature").asDouble());
        assertEquals("climate.office_thermostat", comfortable.path("targets").path(0).asText());
        assertTrue(used(comfortable).contains("preference:ann/temperature=21"), comfortable.toString());
        await().atMost(WAIT).until(() -> hub.observedAttribute("climate.office_thermostat", "temperature") instanceof Number n
                && n.doubleValue() == 21.0);

        JsonNode music = hub.turn("play some music", "kitchen-satellite", "ann");
        assertEquals("executed", music.path("outcome").asText(), music.toString());
        assertEquals("jazz", music.path("slots").path("search_query").asText());
        assertEquals("media_player.kitchen_speaker", music.path("targets").path(0).asText());
        assertTrue(used(music).contains("preference:ann/music_genre=jazz"), music.toString());
        await().atMost(WAIT).until(() -> hub.observedState("media_player.kitchen_speaker").equals("playing"));

        startHub(); // a restart on the same store

        JsonNode afterRestart = hub.turn("what's the score", office, "ann");
        assertEquals("Warriors", afterRestart.path("slots").path("team").asText(), afterRestart.toString());
        assertTrue(used(afterRestart).contains("preference:ann/team=Warriors"), afterRestart.toString());
    }

    @Test
    void statementAtAnyTime_isStoredPerUser_andHouseholdAppliesToEveryone() throws Exception {
        startHub();

        JsonNode none = hub.turn("what's the score", "kitchen-satellite", "bob");
        assertEquals("not_understood", none.path("outcome").asText(), none.toString());
        assertTrue(none.path("response").asText().contains("Warriors fan"), none.toString());

        JsonNode stated = hub.turn("I'm a Celtics fan", "kitchen-satellite", "bob");
        assertEquals("executed", stated.path("outcome").asText(), stated.toString());
        assertEquals("AmbientStatePreference", stated.path("intent").asText());
        JsonNode household = hub.turn("I love reggae", "kitchen-satellite", null);
        assertEquals("executed", household.path("outcome").asText(), household.toString());

        JsonNode bobScore = hub.turn("what's the score", "kitchen-satellite", "bob");
        assertEquals("Celtics", bobScore.path("slots").path("team").asText(), bobScore.toString());
        JsonNode carolScore = hub.turn("what's the score", "kitchen-satellite", "carol");
        assertEquals("not_understood", carolScore.path("outcome").asText(), carolScore.toString());
        JsonNode bobMusic = hub.turn("play some music", "bedroom-satellite", "bob");
        assertEquals("reggae", bobMusic.path("slots").path("search_query").asText(), bobMusic.toString());
        assertTrue(used(bobMusic).contains("preference:household/music_genre=reggae"), bobMusic.toString());

        // a personal satellite (the test home's bedroom satellite is ann's) speaks for its owner
        JsonNode fromAnnsRoom = hub.turn("I support the Lakers", "bedroom-satellite", null);
        assertEquals("executed", fromAnnsRoom.path("outcome").asText(), fromAnnsRoom.toString());
        JsonNode annScore = hub.turn("what's the score", "kitchen-satellite", "ann");
        assertTrue(used(annScore).contains("preference:ann/team=Lakers"), annScore.toString());

        JsonNode tooHot = hub.turn("I like it at 45 degrees", "kitchen-satellite", "bob");
        assertEquals("rejected", tooHot.path("outcome").asText(), tooHot.toString());
        assertTrue(tooHot.path("response").asText().contains("between"), tooHot.toString());
    }

    private static List<String> used(JsonNode turn) {
        List<String> out = new ArrayList<>();
        turn.path("context").path("used").forEach(n -> out.add(n.asText()));
        return out;
    }
}
