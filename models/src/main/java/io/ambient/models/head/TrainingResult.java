package io.ambient.models.head;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@link HeadTrainer#train} produced.
 *
 * @param head                   the calibrated head
 * @param trainAccuracy          accuracy on the training split
 * @param validationAccuracy     accuracy on the validation split (NaN without one)
 * @param validationNllRaw       validation negative log-likelihood at temperature 1 (NaN without validation)
 * @param validationNllCalibrated validation negative log-likelihood at the fitted temperature
 * @param trainExamples          examples trained on
 * @param validationExamples     examples held out
 * @param elapsed                wall time; not part of {@link #metrics()} because it is not deterministic
 */
public record TrainingResult(
        TrainedHead head, double trainAccuracy, double validationAccuracy, double validationNllRaw,
        double validationNllCalibrated, int trainExamples, int validationExamples, Duration elapsed) {

    public TrainingResult {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Deterministic metrics for a package manifest, sorted by name; NaN values are left out. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new TreeMap<>();
        putFinite(m, "train_accuracy", trainAccuracy);
        putFinite(m, "validation_accuracy", validationAccuracy);
        putFinite(m, "validation_nll_raw", validationNllRaw);
        putFinite(m, "validation_nll_calibrated", validationNllCalibrated);
        putFinite(m, "temperature", head.temperature());
        m.put("train_examples", (double) trainExamples);
        m.put("validation_examples", (double) validationExamples);
        return m;
    }

    private static void putFinite(Map<String, Double> m, String name, double value) {
        if (Double.isFinite(value)) {
            m.put(name, value);
        }
    }
}
