package io.ambient.context;

import java.util.List;
import java.util.Objects;

/**
 * One reading of the words, before context: an intent with its slots and a score in [0, 1].
 *
 * @param intent   intent name (shared/formats.md §1)
 * @param score    how well the words fit, 0-1 (not yet calibrated across intents)
 * @param slots    slots found in the words
 * @param mentions entity ids the words name explicitly (by name or alias), best first; empty when the
 *                 words name no device
 * @param evidence short notes on why (for the trace)
 * @param cues     hints for resolution that are not slots (added after the first version; the
 *                 five-argument constructor keeps {@link Cues#NONE})
 */
public record Hypothesis(String intent, double score, Slots slots, List<String> mentions, List<String> evidence,
                         Cues cues) {
    public Hypothesis(String intent, double score, Slots slots, List<String> mentions, List<String> evidence) {
        this(intent, score, slots, mentions, evidence, Cues.NONE);
    }

    public Hypothesis {
        cues = cues == null ? Cues.NONE : cues;
        Objects.requireNonNull(intent, "intent");
        slots = slots == null ? Slots.NONE : slots;
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be in [0,1], was " + score);
        }
    }
}
