package io.ambient.models.registry;

import io.ambient.models.intent.IntentClassifier;

import java.util.List;

/**
 * Port: scores an intent model on the evaluation sets the way the runtime would serve it (with slots, context
 * and the keyword blend), case by case. The runtime implements it with its offline evaluation.
 */
@FunctionalInterface
public interface RegressionEvaluator {

    /** One case's result: its id and whether the model got it right. */
    record CaseResult(String id, boolean correct) { }

    List<CaseResult> evaluate(IntentClassifier classifier);
}
