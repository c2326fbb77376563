package io.ambient.runtime.health;

import io.ambient.context.Interpretation;
import io.ambient.runtime.turn.StageTrace;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/** Counts turns by outcome and intent, and times each stage (Prometheus at {@code /prometheus}). */
public final class MicrometerTurnObserver implements TurnObserver {
    private final MeterRegistry registry;

    public MicrometerTurnObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void finished(Turn turn) {
        String intent = turn.interpretation() instanceof Interpretation.Resolved r ? r.intent() : "none";
        registry.counter("ambient.turns", "outcome", turn.outcome().wire(), "intent", intent).increment();
        for (StageTrace stage : turn.trace()) {
            Timer.builder("ambient.stage.latency").tag("stage", stage.stage())
                    .publishPercentileHistogram(false).register(registry)
                    .record((long) (stage.ms() * 1_000_000), TimeUnit.NANOSECONDS);
        }
    }
}
