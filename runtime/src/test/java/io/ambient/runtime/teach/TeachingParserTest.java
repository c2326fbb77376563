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
