package io.ambient.runtime.wiring;

import io.ambient.runtime.config.LearningConfiguration;
import io.ambient.runtime.config.TurnConfiguration;
import io.ambient.runtime.failure.FailurePointAnalyzer;
import io.ambient.runtime.failure.TurnVerdicts;
import io.ambient.runtime.learning.InteractionRecorder;
import io.ambient.runtime.turn.TurnLog;
import io.ambient.runtime.turn.TurnPipeline;
import io.ambient.runtime.turn.TurnRequest;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Verdicts on turns and the failure-point analysis behind them. */
@Factory
public class FailureFactory {
    @Singleton
    FailurePointAnalyzer failurePointAnalyzer(TurnPipeline pipeline) {
        // Replays the right words in the turn's own context without acting (the replay is logged as a turn too).
        return new FailurePointAnalyzer((like, text) -> pipeline.handle(new TurnRequest(text, like.request().site(),
                like.request().user(), like.request().area(), false)).interpretation());
    }

    @Singleton
    TurnVerdicts turnVerdicts(TurnLog log, FailurePointAnalyzer analyzer, Clock clock, TurnConfiguration config,
                              LearningConfiguration learning, InteractionRecorder recorder) {
        // a turn judged wrong is marked in the interaction log, where rephrase mining reads it
        return learning.enabled() ? new TurnVerdicts(log, analyzer, clock, config.logCapacity(), recorder::markWrong)
                : new TurnVerdicts(log, analyzer, clock, config.logCapacity());
    }
}
