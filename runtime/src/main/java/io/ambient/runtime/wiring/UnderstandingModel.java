package io.ambient.runtime.wiring;

import io.ambient.context.Understander;

import java.util.Objects;

/**
 * The understanding stage the runtime serves with, and its version for traces and health. The first
 * version is rule-based and ready at once; a trained model (a later issue) loads asynchronously and
 * reports ready when it can serve.
 */
public record UnderstandingModel(Understander understander, String version, boolean ready) {
    public UnderstandingModel {
        Objects.requireNonNull(understander, "understander");
        Objects.requireNonNull(version, "version");
    }
}
