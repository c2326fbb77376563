package io.ambient.models.head;

import java.util.Objects;

/**
 * The previous head's view of the training data, for training an update that keeps what it got right
 * (focal distillation, issue 6).
 *
 * <p>Each example adds {@code weight * (1 + focalBoost * [reference was right]) * KL(reference || new)} to its
 * loss: the new head is pulled toward the old head's distribution everywhere a little, and strongly where the
 * old head was correct, which is what keeps the negative flip rate down.
 *
 * @param probabilities the reference head's probabilities per training example, same order and label set
 * @param weight        distillation weight, >= 0 (0 turns distillation off)
 * @param focalBoost    extra factor on examples the reference classified correctly, >= 0
 */
public record DistillationReference(float[][] probabilities, double weight, double focalBoost) {

    public DistillationReference {
        Objects.requireNonNull(probabilities, "probabilities");
        Checks.require(weight >= 0 && Double.isFinite(weight), "weight must be >= 0, was " + weight);
        Checks.require(focalBoost >= 0 && Double.isFinite(focalBoost), "focalBoost must be >= 0, was " + focalBoost);
        probabilities = probabilities.clone();
    }

    @Override
    public float[][] probabilities() {
        return probabilities.clone();
    }

    /** The reference's probabilities for one example, without copying: read-only by convention. */
    float[] row(int example) {
        return probabilities[example];
    }
}
