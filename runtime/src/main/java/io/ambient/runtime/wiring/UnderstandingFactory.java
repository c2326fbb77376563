package io.ambient.runtime.wiring;

import io.ambient.context.ContextResolver;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The understanding model and the context resolver the pipeline serves with. */
@Factory
public class UnderstandingFactory {
    /** Version of the rule-based interpreter, shown in traces and health. */
    static final String RULES_VERSION = "rules@0.1.0";

    @Singleton
    UnderstandingModel model() {
        return new UnderstandingModel(new RuleBasedUnderstander(), RULES_VERSION, true);
    }

    @Singleton
    ContextResolver resolver() {
        return new DefaultContextResolver();
    }
}
