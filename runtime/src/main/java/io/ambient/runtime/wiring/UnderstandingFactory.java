package io.ambient.runtime.wiring;

import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.teachable.preferences.PreferenceAwareResolver;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.registry.ModelRegistry;
import io.ambient.runtime.config.UnderstandingConfiguration;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.runtime.understanding.UnderstandingService;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/** The understanding that serves turns: the rules at once, the trained model when it has loaded. */
@Factory
public class UnderstandingFactory {
    /** Version of the rule-based interpreter, shown in traces and health. */
    public static final String RULES_VERSION = "rules@0.1.0";
    /**
     * The resolver's confidence threshold with the trained model, calibrated on the validation set
     * (eval/validation): the highest threshold before in-domain requests start being refused (0.3 -> 0.5 took
     * out-of-domain rejection from 0.858 to 0.885 with in-domain rejection unchanged at 4.9%).
     */
    public static final double MODEL_THRESHOLD = 0.5;

    @Singleton
    @Bean(preDestroy = "close")
    UnderstandingService understanding(UnderstandingConfiguration config, ModelRegistry registry) {
        UnderstandingStage rules = new UnderstandingStage(new RuleBasedUnderstander(),
                new PreferenceAwareResolver(new DefaultContextResolver()),
                RULES_VERSION);
        if (config.model().equals("rules")) {
            return new UnderstandingService(rules);
        }
        return new UnderstandingService(rules, new IntentModelLoader(packageDir(config, registry), config.threads(),
                IntentModelLoader.Mode.BLENDED, MODEL_THRESHOLD),
                // a thread of its own: loading takes seconds and must not hold a turn-serving thread
                load -> Threads.daemon("ambient-model-loader").newThread(load).start());
    }

    /** A configured package wins; else the version the registry made active (an update); else the built-in one. */
    private static String packageDir(UnderstandingConfiguration config, ModelRegistry registry) {
        if (config.packageDir() != null) {
            return config.packageDir();
        }
        SemanticVersion active = registry.active();
        if (active.equals(registry.builtInVersion())) {
            return null;
        }
        Path dir = registry.versionDirectory(active);
        return dir.toString();
    }
}
