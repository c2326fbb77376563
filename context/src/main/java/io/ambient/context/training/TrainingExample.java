package io.ambient.context.training;

import java.util.Objects;

/**
 * What the intent model is trained on: the masked text (as {@link io.ambient.context.nlu.Utterance#masked()}
 * shows it at run time) and its label.
 */
public record TrainingExample(String masked, String intent) implements Comparable<TrainingExample> {
    public TrainingExample {
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(intent, "intent");
    }

    /** Text first, then label: the order the digest is computed in. */
    @Override
    public int compareTo(TrainingExample o) {
        int c = masked.compareTo(o.masked);
        return c != 0 ? c : intent.compareTo(o.intent);
    }
}
