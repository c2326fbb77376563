package io.ambient.context.eval;

import io.ambient.context.ContextSnapshot;

import java.util.Objects;

/**
 * An evaluation case ready to interpret: the case and the context snapshot it describes (its home with the
 * case's device states, area, time, user and the turns of its history).
 */
public record PreparedCase(EvalCase evalCase, ContextSnapshot context) {
    public PreparedCase {
        Objects.requireNonNull(evalCase, "evalCase");
        Objects.requireNonNull(context, "context");
    }

    /** What was said. */
    public String text() {
        return evalCase.text();
    }
}
