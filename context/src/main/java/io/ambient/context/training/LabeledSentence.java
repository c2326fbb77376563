package io.ambient.context.training;

import java.util.Objects;

/**
 * One generated training sentence.
 *
 * @param text   the raw sentence as a person might say or type it (fillers, typos and all)
 * @param intent the label: an intent of shared/formats.md §1 or {@link TrainingSentenceGenerator#OUT_OF_DOMAIN}
 * @param homeId the training home whose vocabulary filled it; masking must use the same home
 */
public record LabeledSentence(String text, String intent, String homeId) {
    public LabeledSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(homeId, "homeId");
    }
}
