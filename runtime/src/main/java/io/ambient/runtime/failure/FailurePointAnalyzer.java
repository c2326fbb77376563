package io.ambient.runtime.failure;

import io.ambient.context.Interpretation;
import io.ambient.models.asr.WordErrorRate;
import io.ambient.runtime.turn.StageTrace;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnOutcome;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names the failure point of a bad turn. Stages are checked in the order the turn passed them, and the first one
 * whose output was wrong <em>and</em> not repaired later is the failure point: a misheard "the" that still gave
 * the right interpretation is not a recognition failure.
 */
public final class FailurePointAnalyzer {
    /** Interprets other words in the turn's own context (site, user, home), without acting. */
    @FunctionalInterface
    public interface Replay {
        Interpretation interpret(Turn like, String text);
    }

    /** Below this mean word confidence a bare "that's wrong" is blamed on recognition. */
    static final double LOW_ASR_CONFIDENCE = 0.6;
    /** Below this top intent score a bare "that's wrong" is blamed on understanding. */
    static final double LOW_NLU_SCORE = 0.5;

    private final Replay replay;

    public FailurePointAnalyzer(Replay replay) {
        this.replay = replay;
    }

    /**
     * The failure point against what the turn should have been; empty when the turn matches it. With only the
     * right words known, their replayed interpretation stands for the right meaning.
     */
    public Optional<FailurePoint> analyze(Turn turn, Expected expected) {
        Expected reference = expected;
        if (!expected.knowsMeaning() && expected.text() != null) {
            Interpretation right = replay.interpret(turn, expected.text());
            reference = new Expected(expected.text(), intent(right), slots(right), targets(right));
        }
        Interpretation got = turn.interpretation();
        String heard = turn.request().text();
        Optional<StageTrace> asr = stage(turn, "asr");
        if (asr.isPresent() && reference.text() != null && WordErrorRate.of(reference.text(), heard).edits() > 0
                && mismatch(got, reference).isPresent()) {
            Interpretation onRightWords = replay.interpret(turn, reference.text());
            if (mismatch(onRightWords, reference).isEmpty()) {
                return Optional.of(new FailurePoint(FailureStage.ASR, "heard \"" + heard + "\" for \""
                        + reference.text() + "\"; the right words are interpreted correctly", true));
            }
            // The right words go wrong too: the fault lies after recognition; judge it on the right words.
            return mismatch(onRightWords, reference).map(m -> new FailurePoint(m.stage(),
                    m.why() + " (also on the right words)", true));
        }
        Optional<FailurePoint> wrongMeaning = mismatch(got, reference);
        if (wrongMeaning.isPresent()) {
            return wrongMeaning;
        }
        if (turn.outcome() == TurnOutcome.FAILED) {
            return Optional.of(new FailurePoint(FailureStage.ACT, "the right devices did not do it: "
                    + turn.response(), true));
        }
        return Optional.empty();
    }

    /**
     * A suspicion from the trace alone, for a turn someone called wrong without saying what was right.
     */
    public FailurePoint suspect(Turn turn) {
        if (turn.outcome() == TurnOutcome.FAILED) {
            return new FailurePoint(FailureStage.ACT, "a device did not confirm: " + turn.response(), false);
        }
        Optional<StageTrace> asr = stage(turn, "asr");
        if (asr.isPresent() && asr.get().confidence() != null && asr.get().confidence() < LOW_ASR_CONFIDENCE) {
            return new FailurePoint(FailureStage.ASR, String.format(Locale.ROOT,
                    "recognition was unsure (confidence %.2f) of \"%s\"", asr.get().confidence(),
                    turn.request().text()), false);
        }
        if (turn.outcome() == TurnOutcome.NOT_UNDERSTOOD || topNluScore(turn) < LOW_NLU_SCORE) {
            return new FailurePoint(FailureStage.NLU, "the words were not understood with confidence", false);
        }
        return new FailurePoint(FailureStage.RESOLVE, "the words were understood with confidence, so the devices "
                + "chosen are the likeliest fault: " + targets(turn.interpretation()), false);
    }

    /** The first way an interpretation differs from the reference: intent or slots (NLU), then targets (RESOLVE). */
    static Optional<FailurePoint> mismatch(Interpretation got, Expected reference) {
        String intent = intent(got);
        if (reference.intent() != null && !reference.intent().equals(intent)) {
            return Optional.of(new FailurePoint(FailureStage.NLU, "intent " + intent + " instead of "
                    + reference.intent(), true));
        }
        if (reference.intent() == null && reference.knowsMeaning() && intent != null && reference.targets() != null
                && reference.targets().isEmpty()) {
            return Optional.of(new FailurePoint(FailureStage.NLU, "acted (" + intent + ") on words that ask for nothing",
                    true));
        }
        if (reference.slots() != null) {
            Map<String, Object> slots = slots(got);
            for (Map.Entry<String, Object> e : reference.slots().entrySet()) {
                Object value = slots == null ? null : slots.get(e.getKey());
                if (value == null || !String.valueOf(value).equalsIgnoreCase(String.valueOf(e.getValue()))) {
                    return Optional.of(new FailurePoint(FailureStage.NLU, "slot " + e.getKey() + " = " + value
                            + " instead of " + e.getValue(), true));
                }
            }
        }
        if (reference.targets() != null && !reference.targets().isEmpty()
                && !new HashSet<>(reference.targets()).equals(new HashSet<>(targets(got)))) {
            return Optional.of(new FailurePoint(FailureStage.RESOLVE, "resolved to " + targets(got) + " instead of "
                    + reference.targets(), true));
        }
        return Optional.empty();
    }

    static String intent(Interpretation i) {
        if (i instanceof Interpretation.Resolved r) {
            return r.intent();
        }
        return i instanceof Interpretation.Clarify c ? c.intent() : null;
    }

    static Map<String, Object> slots(Interpretation i) {
        if (i instanceof Interpretation.Resolved r) {
            return r.slots().values();
        }
        return i instanceof Interpretation.Clarify c ? c.slots().values() : Map.of();
    }

    static List<String> targets(Interpretation i) {
        return i instanceof Interpretation.Resolved r ? r.targets() : List.of();
    }

    private static Optional<StageTrace> stage(Turn turn, String name) {
        return turn.trace().stream().filter(s -> s.stage().equals(name)).findFirst();
    }

    /** The best intent score the nlu stage reported ("HassTurnOn 0.93, ..."), or 1 when it is not readable. */
    static double topNluScore(Turn turn) {
        return stage(turn, "nlu").map(StageTrace::output).filter(Objects::nonNull).map(o -> {
            String first = o.split(",")[0].strip();
            int space = first.lastIndexOf(' ');
            try {
                return space < 0 ? 1.0 : Double.parseDouble(first.substring(space + 1));
            } catch (NumberFormatException e) {
                return 1.0;
            }
        }).orElse(1.0);
    }
}
