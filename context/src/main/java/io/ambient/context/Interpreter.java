package io.ambient.context;

import java.util.List;
import java.util.Objects;

/** Understanding followed by contextual resolution: text + context -> interpretation. */
public final class Interpreter {
    private final Understander understander;
    private final ContextResolver resolver;

    public Interpreter(Understander understander, ContextResolver resolver) {
        this.understander = Objects.requireNonNull(understander, "understander");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public Result interpret(String text, ContextSnapshot context) {
        List<Hypothesis> hypotheses = understander.understand(text, context.home());
        return new Result(hypotheses, resolver.resolve(text, hypotheses, context));
    }

    /** The interpretation with the hypotheses it came from (kept for the trace). */
    public record Result(List<Hypothesis> hypotheses, Interpretation interpretation) {
    }
}
