package io.ambient.context.resolve;

import io.ambient.context.ContextSnapshot;
import io.ambient.context.Interpretation;
import io.ambient.context.Interpreter;
import io.ambient.context.RecentTurn;
import io.ambient.context.TestHomes;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.devices.HomeSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per context rule (docs/interpretation-conventions.md), on the dev home. */
class DefaultContextResolverTest {
    private final Interpreter interpreter = new Interpreter(new RuleBasedUnderstander(), new DefaultContextResolver());
    private final HomeSnapshot home = TestHomes.dev();

    private Interpretation interpret(String text, ContextSnapshot ctx) {
        return interpreter.interpret(text, ctx).interpretation();
    }

    private Interpretation.Resolved resolved(String text, ContextSnapshot ctx) {
        Interpretation i = interpret(text, ctx);
        return assertInstanceOf(Interpretation.Resolved.class, i, () -> text + " -> " + i);
    }

    @Test
    void resolve_ruleA_kindWithoutArea_speakersArea() {
        Interpretation.Resolved r = resolved("turn on the lights", TestHomes.in(home, "lounge"));
        assertEquals(List.of("light.lounge_ceiling", "light.arc_lamp", "light.piano_lamp"), r.targets());
        assertEquals(Map.of("domain", "light", "area", "Lounge"), r.slots().values());
        assertTrue(r.contextUsed().contains("site-area"));
    }

    @Test
    void resolve_ruleB_nameFitsOneInSpeakersArea_thatOneWithNameAndArea() {
        Interpretation.Resolved r = resolved("turn on the lamp", TestHomes.in(home, "bedroom"));
        assertEquals(List.of("light.bedroom_lamp"), r.targets());
        assertEquals(Map.of("name", "Bedroom Lamp", "area", "Bedroom"), r.slots().values());
    }

    @Test
    void resolve_ruleB_nameFitsTwoInSpeakersArea_clarifyWithCandidates() {
        Interpretation i = interpret("turn on the lamp", TestHomes.in(home, "lounge"));
        Interpretation.Clarify c = assertInstanceOf(Interpretation.Clarify.class, i);
        assertEquals(List.of("light.arc_lamp", "light.piano_lamp"), c.candidates());
        assertEquals("Which lamp: the arc lamp or the piano lamp?", c.question());
    }

    @Test
    void resolve_followUpAfterClarify_completesOriginalIntent() {
        ContextSnapshot first = TestHomes.in(home, "lounge");
        Interpretation.Clarify c = (Interpretation.Clarify) interpret("turn on the lamp", first);
        RecentTurn pending = new RecentTurn("t1", TestHomes.AT, "turn on the lamp", c.intent(), c.slots(),
                List.of(), "clarify", Optional.of(c));
        Interpretation.Resolved byName = resolved("the piano one", TestHomes.in(home, "lounge", List.of(pending)));
        assertEquals("HassTurnOn", byName.intent());
        assertEquals(List.of("light.piano_lamp"), byName.targets());
        assertEquals(Map.of("name", "Piano Lamp"), byName.slots().values());
        assertTrue(byName.contextUsed().contains("follow-up"));
        Interpretation.Resolved byOrdinal = resolved("the first one", TestHomes.in(home, "lounge", List.of(pending)));
        assertEquals(List.of("light.arc_lamp"), byOrdinal.targets());
    }

    @Test
    void resolve_followUpNamingArea_addsArea() {
        ContextSnapshot kitchen = TestHomes.in(home, "kitchen");
        Interpretation.Clarify c = (Interpretation.Clarify) interpret("turn on the lamp", kitchen);
        RecentTurn pending = new RecentTurn("t1", TestHomes.AT, "turn on the lamp", c.intent(), c.slots(),
                List.of(), "clarify", Optional.of(c));
        Interpretation.Resolved r = resolved("the one in the bedroom", TestHomes.in(home, "kitchen", List.of(pending)));
        assertEquals(List.of("light.bedroom_lamp"), r.targets());
        assertEquals(Map.of("name", "Bedroom Lamp", "area", "Bedroom"), r.slots().values());
    }

    @Test
    void resolve_ruleC_ovenOnDecidesTemperatureQuestion() {
        HomeSnapshot ovenOn = TestHomes.dev("switch.oven", "on");
        Interpretation.Resolved on = resolved("what's the temperature", TestHomes.in(ovenOn, "kitchen"));
        assertEquals(List.of("switch.oven"), on.targets());
        assertTrue(on.contextUsed().contains("device-state:switch.oven=on"));
        assertTrue(on.slots().values().isEmpty());
        Interpretation.Resolved off = resolved("what's the temperature", TestHomes.in(home, "kitchen"));
        assertEquals(List.of("sensor.kitchen_temperature"), off.targets());
        assertEquals(Map.of("area", "Kitchen"), off.slots().values());
    }

    @Test
    void resolve_ruleC_pauseAndResume_playingThenPausedPlayer() {
        HomeSnapshot playing = TestHomes.dev("media_player.bedroom_speaker", "playing", "media_player.kitchen_speaker", "playing");
        assertEquals(List.of("media_player.kitchen_speaker"), resolved("pause", TestHomes.in(playing, "kitchen")).targets());
        assertEquals(List.of("media_player.bedroom_speaker"), resolved("pause", TestHomes.in(playing, "bedroom")).targets());
        HomeSnapshot paused = TestHomes.dev("media_player.lounge_tv", "paused");
        assertEquals(List.of("media_player.lounge_tv"), resolved("resume", TestHomes.in(paused, "study")).targets());
    }

    @Test
    void resolve_ruleC_turnItUp_volumePlusTen() {
        HomeSnapshot playing = TestHomes.dev("media_player.kitchen_speaker", "playing");
        Interpretation.Resolved r = resolved("turn it up", TestHomes.in(playing, "kitchen"));
        assertEquals("HassSetVolume", r.intent());
        assertEquals(60, r.slots().number("volume_level").orElseThrow().intValue());
    }

    @Test
    void resolve_ruleD_playInRoomWithScreen_videoOnTv() {
        Interpretation.Resolved tv = resolved("play frozen", TestHomes.in(home, "lounge"));
        assertEquals(List.of("media_player.lounge_tv"), tv.targets());
        assertEquals("video", tv.slots().text("media_class").orElseThrow());
        assertTrue(tv.contextUsed().contains("device-type:screen"));
        Interpretation.Resolved speaker = resolved("play frozen", TestHomes.in(home, "kitchen"));
        assertEquals(List.of("media_player.kitchen_speaker"), speaker.targets());
        assertEquals("music", speaker.slots().text("media_class").orElseThrow());
    }

    @Test
    void resolve_ruleE_kindOnlyInAnotherRoom_foundWithoutArea() {
        Interpretation.Resolved r = resolved("switch on the fan", TestHomes.in(home, "bedroom"));
        assertEquals(List.of("fan.study_fan"), r.targets());
        assertEquals(Map.of("domain", "fan"), r.slots().values());
        assertTrue(r.contextUsed().contains("only-candidate:study"));
    }

    @Test
    void resolve_ruleF_unknownDeviceAreaOrTrivia_notUnderstoodWithReason() {
        for (String text : List.of("turn on the jacuzzi", "turn on the lights in the attic", "who wrote hamlet")) {
            Interpretation i = interpret(text, TestHomes.in(home, "lounge"));
            Interpretation.NotUnderstood n = assertInstanceOf(Interpretation.NotUnderstood.class, i, text);
            assertTrue(!n.reason().isBlank());
        }
    }

    @Test
    void resolve_capabilityFit_neverBrightnessToSwitch() {
        Interpretation i = interpret("set the toaster to 50 percent", TestHomes.in(home, "kitchen"));
        assertTrue(!(i instanceof Interpretation.Resolved r) || !r.intent().equals("HassLightSet"), i::toString);
    }

    @Test
    void resolve_relativeTemperature_targetPlusOne() {
        Interpretation.Resolved r = resolved("I'm cold", TestHomes.in(home, "lounge"));
        assertEquals(List.of("climate.heating"), r.targets());
        assertEquals(21, r.slots().number("temperature").orElseThrow().intValue());
        assertEquals("Lounge", r.slots().text("area").orElseThrow());
    }

    @Test
    void resolve_stateQuestionAboutKind_onlyDevicesInThatState() {
        HomeSnapshot someOn = TestHomes.dev("light.arc_lamp", "on", "light.kitchen_spots", "on");
        Interpretation.Resolved r = resolved("which lights are on", TestHomes.in(someOn, "bedroom"));
        assertEquals(List.of("light.kitchen_spots", "light.arc_lamp"), r.targets());
    }

    @Test
    void resolve_queriesWithoutDevices_resolvedWithoutTargets() {
        assertEquals(List.of(), resolved("what time is it", TestHomes.in(home, "lounge")).targets());
        assertEquals(List.of("weather.home"), resolved("what's the weather like", TestHomes.in(home, "lounge")).targets());
    }

    @Test
    void resolve_highThreshold_notUnderstood() {
        Interpreter strict = new Interpreter(new RuleBasedUnderstander(), new DefaultContextResolver(0.99));
        Interpretation i = strict.interpret("turn on the lights", TestHomes.in(home, "lounge")).interpretation();
        assertInstanceOf(Interpretation.NotUnderstood.class, i);
        assertTrue(i.contextUsed().contains("site-area"));
    }
}
