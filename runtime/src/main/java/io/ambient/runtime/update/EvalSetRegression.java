package io.ambient.runtime.update;

import io.ambient.context.Interpreter;
import io.ambient.context.eval.EvalReport;
import io.ambient.context.eval.Evaluation;
import io.ambient.models.intent.IntentClassifier;
import io.ambient.models.registry.RegressionEvaluator;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.runtime.wiring.IntentModelLoader;
import io.ambient.runtime.wiring.UnderstandingFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The regression suite's evaluation sets, scored for the model itself: the model ranks intents alone (not
 * blended with the keyword patterns, which get every development case right by themselves and would hide a
 * broken model), with slots, context and the model's resolver threshold as served. A case is right when its
 * intent is (formats.md §3).
 */
public final class EvalSetRegression implements RegressionEvaluator {
    private final Path homes;
    private final Path cases;
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);

    public EvalSetRegression(Path homes, Path cases) {
        this.homes = Objects.requireNonNull(homes, "homes");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /** True when both the homes and the cases exist (a hub installed without the evaluation sets has none). */
    public boolean available() {
        return Files.exists(homes) && Files.exists(cases);
    }

    @Override
    public List<CaseResult> evaluate(IntentClassifier classifier) {
        if (!available()) {
            return List.of();
        }
        EvalReport report = report(classifier);
        return report.results().stream().map(r -> new CaseResult(r.id(), r.intentOk())).toList();
    }

    public EvalReport report(IntentClassifier classifier) {
        UnderstandingStage stage = IntentModelLoader.stage(classifier, IntentModelLoader.Mode.MODEL,
                UnderstandingFactory.MODEL_THRESHOLD);
        return new Evaluation(new Interpreter(stage.understander(), stage.resolver()), classifier.id(), clock)
                .evaluate(homes, cases);
    }
}
