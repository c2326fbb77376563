package io.ambient.context.nlu;

import io.ambient.context.Hypothesis;
import io.ambient.context.TestHomes;
import io.ambient.devices.HomeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBasedUnderstanderTest {
    private final HomeSnapshot home = TestHomes.dev();
    private final RuleBasedUnderstander understander = new RuleBasedUnderstander();

    private Hypothesis top(String text) {
        List<Hypothesis> hs = understander.understand(text, home);
        assertTrue(!hs.isEmpty(), "no hypothesis for: " + text);
        return hs.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kill the lights|HassTurnOff", "lights out|HassTurnOff", "it's too dark in here|HassTurnOn",
            "switch off the telly|HassTurnOff", "would you mind opening the blind|HassTurnOn",
            "set the kitchen spots to 40%|HassLightSet", "make the lounge ceiling green|HassLightSet",
            "is the front door locked|HassGetState", "what's the temperature in the kitchen|HassClimateGetTemperature",
            "I'm freezing|HassClimateSetTemperature", "set the heating to 21 degrees|HassClimateSetTemperature",
            "set the blind to 30 percent|HassSetPosition", "pause|HassMediaPause", "resume the music|HassMediaUnpause",
            "skip this song|HassMediaNext", "go back a track|HassMediaPrevious", "make it louder|HassSetVolume",
            "play some jazz|HassMediaSearchAndPlay", "set a timer for ten minutes|HassStartTimer",
            "cancel the timer|HassCancelTimer", "cancel all my timers|HassCancelAllTimers",
            "add 2 minutes to the timer|HassIncreaseTimer", "take a minute off the timer|HassDecreaseTimer",
            "pause the timer|HassPauseTimer", "resume the timer|HassUnpauseTimer", "how much time is left|HassTimerStatus",
            "add eggs to the shopping list|HassShoppingListAddItem", "cross eggs off the shopping list|HassShoppingListCompleteItem",
            "add sand the door to the diy list|HassListAddItem", "tick off sand the door on diy jobs|HassListCompleteItem",
            "will it rain tomorrow|HassGetWeather", "what time is it|HassGetCurrentTime", "what's the date|HassGetCurrentDate",
            "never mind|HassNevermind", "announce dinner is ready|HassBroadcast", "start the hoover|HassVacuumStart",
            "send the hoover back to its dock|HassVacuumReturnToBase"})
    void understand_phrasing_topIntent(String text, String intent) {
        assertEquals(intent, top(text).intent(), () -> "for: " + text + " -> " + understander.understand(text, home));
    }

    @Test
    void understand_outOfDomain_noConfidentHypothesis() {
        for (String text : List.of("who wrote hamlet", "tell me a joke", "flibber jabber", "the the of", "")) {
            List<Hypothesis> hs = understander.understand(text, home);
            assertTrue(hs.isEmpty() || hs.get(0).score() < 0.6, () -> text + " -> " + hs);
        }
    }

    @Test
    void understand_slotsFromWords_canonicalValues() {
        Hypothesis h = top("set the lights in the front room to fifty percent");
        assertEquals("Lounge", h.slots().text("area").orElseThrow());
        assertEquals("light", h.slots().text("domain").orElseThrow());
        assertEquals(50, h.slots().number("brightness").orElseThrow().intValue());
        Hypothesis t = top("set a pasta timer for an hour and a half");
        assertEquals(1, t.slots().number("hours").orElseThrow().intValue());
        assertEquals(30, t.slots().number("minutes").orElseThrow().intValue());
        assertEquals("pasta", t.slots().text("name").orElseThrow());
    }

    @Test
    void understand_namedDevice_mentionsAndName() {
        Hypothesis h = top("turn on the music lamp");
        assertEquals(List.of("light.piano_lamp"), h.mentions());
        assertEquals("Piano Lamp", h.slots().text("name").orElseThrow());
    }

    @Test
    void understand_customScorer_slotFillingUnchanged() {
        IntentScorer fixed = new IntentScorer() {
            public List<IntentScore> score(Utterance u) {
                return List.of(new IntentScore("HassLightSet", 0.7, "test"));
            }

            public String id() {
                return "fixed@0";
            }
        };
        Hypothesis h = new RuleBasedUnderstander(fixed).understand("the kitchen spots at 30 percent", home).get(0);
        assertEquals("HassLightSet", h.intent());
        assertEquals(30, h.slots().number("brightness").orElseThrow().intValue());
        assertEquals("Kitchen Spots", h.slots().text("name").orElseThrow());
    }
}
