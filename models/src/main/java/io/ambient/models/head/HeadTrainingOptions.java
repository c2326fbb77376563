package io.ambient.models.head;

/**
 * How {@link HeadTrainer} trains a head.
 *
 * @param epochs             passes over the training split (at least 1)
 * @param learningRate       Adam step size
 * @param l2                 L2 penalty on weights (not biases); keeps logits small so calibration has less to fix
 * @param hiddenSize         width of the one ReLU hidden layer, or 0 for plain softmax regression
 * @param batchSize          examples per Adam step; 0 means full batch
 * @param seed               seeds initialisation, the validation split and the shuffle; same seed, same weights
 * @param validationFraction share of each class held out for validation accuracy and temperature fitting, in [0, 0.5]
 */
public record HeadTrainingOptions(
        int epochs, double learningRate, double l2, int hiddenSize, int batchSize, long seed, double validationFraction) {

    public HeadTrainingOptions {
        Checks.require(epochs >= 1 && epochs <= 100_000, "epochs must be in [1, 100000], was " + epochs);
        Checks.require(learningRate > 0 && Double.isFinite(learningRate), "learningRate must be > 0, was " + learningRate);
        Checks.require(l2 >= 0 && Double.isFinite(l2), "l2 must be >= 0, was " + l2);
        Checks.require(hiddenSize >= 0 && hiddenSize <= 4096, "hiddenSize must be in [0, 4096], was " + hiddenSize);
        Checks.require(batchSize >= 0, "batchSize must be >= 0, was " + batchSize);
        Checks.require(validationFraction >= 0 && validationFraction <= 0.5,
                "validationFraction must be in [0, 0.5], was " + validationFraction);
    }

    /** Defaults: a 30-label linear head over 20k 384-d embeddings trains in ~15 s on a busy 2-core machine. */
    public static HeadTrainingOptions defaults() {
        return new HeadTrainingOptions(30, 0.01, 1e-4, 0, 256, 42L, 0.1);
    }

    public HeadTrainingOptions withEpochs(int value) {
        return new HeadTrainingOptions(value, learningRate, l2, hiddenSize, batchSize, seed, validationFraction);
    }

    public HeadTrainingOptions withLearningRate(double value) {
        return new HeadTrainingOptions(epochs, value, l2, hiddenSize, batchSize, seed, validationFraction);
    }

    public HeadTrainingOptions withL2(double value) {
        return new HeadTrainingOptions(epochs, learningRate, value, hiddenSize, batchSize, seed, validationFraction);
    }

    public HeadTrainingOptions withHiddenSize(int value) {
        return new HeadTrainingOptions(epochs, learningRate, l2, value, batchSize, seed, validationFraction);
    }

    public HeadTrainingOptions withBatchSize(int value) {
        return new HeadTrainingOptions(epochs, learningRate, l2, hiddenSize, value, seed, validationFraction);
    }

    public HeadTrainingOptions withSeed(long value) {
        return new HeadTrainingOptions(epochs, learningRate, l2, hiddenSize, batchSize, value, validationFraction);
    }

    public HeadTrainingOptions withValidationFraction(double value) {
        return new HeadTrainingOptions(epochs, learningRate, l2, hiddenSize, batchSize, seed, value);
    }
}
