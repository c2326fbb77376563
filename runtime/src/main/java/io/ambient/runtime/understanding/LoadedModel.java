package io.ambient.runtime.understanding;

import io.ambient.runtime.turn.UnderstandingStage;

import java.util.Objects;

/** A loaded model: the stage that serves with it, and the native resources to release when it retires. */
public record LoadedModel(UnderstandingStage stage, AutoCloseable resources) {
    public LoadedModel {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(resources, "resources");
    }
}
