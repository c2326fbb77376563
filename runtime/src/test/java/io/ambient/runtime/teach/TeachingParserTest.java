package io.ambient.runtime.teach;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeachingParserTest {

    @Test
    void parse_whenISay_isPersonalPhraseWithSteps() {
        assertEquals(Optional.of(new TeachingCommand.TeachPhrase("movie time",
                        List.of("dim the living room lights", "close the blinds"), false)),
                TeachingParser.parse("When I say movie time, dim the living room lights and close the blinds."));
    }

    @Test
    void parse_andBetweenCommands_splitsSteps_andBetweenThings_carriesTheVerb() {
        assertEquals(List.of("dim the lights", "close the blinds"), steps("when I say dusk, dim the lights and close the blinds"));
        assertEquals(List.of("turn off the lights", "turn off the fan"),
                steps("when I say good night, turn off the lights and the fan"));
        assertEquals(List.of("turn off the lights", "turn off the fan", "turn off the tv"),
                steps("when I say lights out, turn off the lights, the fan and the tv"));
        assertEquals(List.of("lock the front door", "lock the back door"),
                steps("when I say leaving, lock the front door and the back door"));
    }

    @Test
    void parse_andWithinOneRequest_staysOneStep_thenAlwaysSplits() {
        assertEquals(List.of("play rock and roll"), steps("when I say party, play rock and roll"));
        assertEquals(List.of("set the lights to red and blue"), steps("when I say disco, set the lights to red and blue"));
        assertEquals(List.of("turn on the fan", "turn on the lights"),
                steps("when I say x, turn on the fan then the lights"));
        assertEquals(List.of("play jazz", "the news"), steps("when I say x, play jazz then the news"));
    }

    private static List<String> steps(String text) {
        return ((TeachingCommand.TeachPhrase) TeachingParser.parse(text).orElseThrow()).steps();
    }

    @Test
    void parse_whenAnyoneSaysOrForEveryone_isHousehold() {
        assertTrue(TeachingParser.parse("when anyone says good night then turn off the lights").orElseThrow()
                .household());
        TeachingCommand c = TeachingParser.parse("when I say bedtime, turn off the lights, then lock the front door "
                + "for everyone").orElseThrow();
        assertEquals(new TeachingCommand.TeachPhrase("bedtime", List.of("turn off the lights", "lock the front door"),
                true), c);
    }

    @Test
    void parse_callTheXY_isAliasWords() {
        assertEquals(Optional.of(new TeachingCommand.TeachAlias(List.of("reading", "lamp", "lumos"), false)),
                TeachingParser.parse("call the reading lamp Lumos"));
        assertEquals(Optional.of(new TeachingCommand.TeachAlias(List.of("desk", "lamp", "sun"), true)),
                TeachingParser.parse("Call my desk lamp 'sun' for everyone"));
    }

    @Test
    void parse_forget_isForget() {
        assertEquals(Optional.of(new TeachingCommand.Forget("movie time", false)),
                TeachingParser.parse("forget movie time"));
        assertEquals(Optional.of(new TeachingCommand.Forget("lumos", true)),
                TeachingParser.parse("please forget about lumos for everyone"));
    }

    @Test
    void parse_ordinaryRequests_areNotTeaching() {
        for (String text : List.of("turn on the lights", "when is sunset", "call", "if I say so",
                "what did I say yesterday")) {
            assertEquals(Optional.empty(), TeachingParser.parse(text), text);
        }
    }
}
