package io.ambient.context.nlu;

import java.util.Objects;

/**
 * How well the words fit one intent.
 *
 * @param intent   intent name (shared/formats.md §1)
 * @param score    0-1
 * @param evidence what made the score (a rule label, a model id) for the trace
 */
public record IntentScore(String intent, double score, String evidence) {
    public IntentScore {
        Objects.requireNonNull(intent, "intent");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1], was " + score);
        }
    }
}
