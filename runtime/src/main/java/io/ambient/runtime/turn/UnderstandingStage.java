package io.ambient.runtime.turn;

import io.ambient.context.ContextResolver;
import io.ambient.context.Understander;

import java.util.Objects;

/**
 * What understands a turn: an understander, the resolver calibrated for it, and its version for the trace.
 * Immutable; a model swap replaces the whole stage at once.
 */
public record UnderstandingStage(Understander understander, ContextResolver resolver, String version) {
    public UnderstandingStage {
        Objects.requireNonNull(understander, "understander");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(version, "version");
    }
}
