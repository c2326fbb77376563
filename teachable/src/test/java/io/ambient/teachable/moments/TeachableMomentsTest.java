package io.ambient.teachable.moments;

import io.ambient.context.RecentTurn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeachableMomentsTest {
    private final TeachableMoments moments = new TeachableMoments();

    @Test
    void after_repeatedFailure_asksWhatTheFirstWordingMeant() {
        List<RecentTurn> before = List.of(turn("switch on the blower", null, "not_understood"));

        assertEquals(Optional.of(new TeachableMoments.Offer.AskMeaning("switch on the blower", "t-" + "switch on the blower".hashCode())),
                moments.after("switch the blower on", "not_understood", before));
        assertEquals(Optional.of(new TeachableMoments.Offer.AskMeaning("switch on the blower", "t-" + "switch on the blower".hashCode())),
                moments.after("switch on the blower", "failed", before));
    }

    @Test
    void after_rephraseThatWorked_offersToRememberIt() {
        List<RecentTurn> before = List.of(turn("switch on the blower", null, "not_understood"));

        assertEquals(Optional.of(new TeachableMoments.Offer.RememberRephrase("switch on the blower",
                "switch on the fan", "t-" + "switch on the blower".hashCode())), moments.after("switch on the fan", "executed", before));
    }

    @Test
    void after_unrelatedOrAfterSuccessOrTeachingTurn_offersNothing() {
        assertTrue(moments.after("turn on the sprinkler", "not_understood",
                List.of(turn("what's the capital of France", null, "not_understood"))).isEmpty());
        assertTrue(moments.after("turn on the lights", "not_understood",
                List.of(turn("turn on the fan", "HassTurnOn", "executed"))).isEmpty());
        assertTrue(moments.after("learn my preferences", "not_understood",
                List.of(turn("learn my preferences", "AmbientLearnPreferences", "not_understood"))).isEmpty());
        assertTrue(moments.after("switch on the blower", "not_understood", List.of()).isEmpty());
    }

    @Test
    void replies_recogniseYesNoAndNegativeFeedback() {
        assertTrue(Replies.isYes("Yes please."));
        assertTrue(Replies.isNo("no thanks"));
        assertTrue(Replies.isNegativeFeedback("No, that's wrong!"));
        assertTrue(Replies.isNegativeFeedback("That’s not what I meant"));
        assertFalse(Replies.isNegativeFeedback("no, turn off the lights"));
        assertTrue(Replies.isNevermind("forget it"));
    }

    private static RecentTurn turn(String text, String intent, String outcome) {
        return new RecentTurn("t-" + text.hashCode(), Instant.parse("2026-05-01T07:00:00Z"), text, intent, null,
                List.of(), outcome, Optional.empty());
    }
}
