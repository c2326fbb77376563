package io.ambient.runtime.wiring;

import io.ambient.runtime.config.UnderstandingConfiguration;
import io.ambient.runtime.understanding.LoadedModel;

import java.util.concurrent.Callable;

/** Loads the trained intent model package (built into the runtime, or from a configured directory). */
final class IntentModelLoader implements Callable<LoadedModel> {
    private final UnderstandingConfiguration config;

    IntentModelLoader(UnderstandingConfiguration config) {
        this.config = config;
    }

    @Override
    public LoadedModel call() {
        throw new IllegalStateException("no trained intent model is built into this runtime yet");
    }
}
