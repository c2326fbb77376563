package io.ambient.runtime.understanding;

import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.runtime.turn.UnderstandingStage;

import java.util.Objects;
import java.util.Optional;

/**
 * A loaded model: the stage that serves with it, the native resources to release when it retires, and the
 * classifier behind it (what a model update is compared with), absent for the rules.
 */
public record LoadedModel(UnderstandingStage stage, AutoCloseable resources, OnnxIntentClassifier classifier) {
    public LoadedModel {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(resources, "resources");
    }

    public LoadedModel(UnderstandingStage stage, AutoCloseable resources) {
        this(stage, resources, null);
    }

    public Optional<OnnxIntentClassifier> model() {
        return Optional.ofNullable(classifier);
    }
}
