package io.ambient.models.head;

/**
 * One finished epoch, reported to a {@link TrainingListener}.
 *
 * @param epoch              1-based epoch number
 * @param epochs             epochs in total
 * @param loss               mean training loss of the epoch (class-weighted cross-entropy plus distillation)
 * @param validationAccuracy accuracy on the validation split, NaN when there is no validation split
 */
public record EpochProgress(int epoch, int epochs, double loss, double validationAccuracy) {
}
