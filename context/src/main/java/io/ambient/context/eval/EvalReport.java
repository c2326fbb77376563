package io.ambient.context.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The evaluation report of shared/formats.md §5, serialisable with Jackson to exactly its keys, plus
 * {@code perRule} (accuracies by case-id prefix: {@code cmd}, {@code ctx-a} ... {@code ctx-f}) and
 * {@code failures} (every case with something wrong, expected next to got); each result also carries
 * the interpretation's {@code confidence}, for calibrating the threshold.
 */
@JsonPropertyOrder({"cases", "intentAccuracy", "exactAccuracy", "targetAccuracy", "outcomeAccuracy", "latencyMs",
        "model", "perIntent", "perRule", "results", "failures"})
public record EvalReport(int cases, double intentAccuracy, double exactAccuracy, double targetAccuracy,
                         double outcomeAccuracy, Latency latencyMs, String model, Map<String, IntentStats> perIntent,
                         Map<String, RuleStats> perRule, List<CaseResult> results, List<Failure> failures) {

    /** Milliseconds from text to interpretation. */
    public record Latency(double p50, double p95, double p99) {
    }

    public record IntentStats(int cases, double intentAccuracy, double exactAccuracy) {
    }

    /** Accuracies of one family of cases; {@code targetAccuracy} is null when none of them gives targets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleStats(int cases, double intentAccuracy, double exactAccuracy, Double targetAccuracy,
                            double outcomeAccuracy) {
    }

    /** What the interpreter answered for one case; {@code targetOk} is null when the case gives no targets. */
    @JsonPropertyOrder({"id", "intent", "slots", "targets", "outcome", "ms", "intentOk", "exactOk", "targetOk",
            "outcomeOk", "confidence"})
    public record CaseResult(String id, String intent, Map<String, Object> slots, List<String> targets,
                             String outcome, double ms, boolean intentOk, boolean exactOk,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean targetOk, boolean outcomeOk,
                             double confidence) {
    }

    /** A case that failed any check, with what was expected. */
    public record Failure(String id, String text, String expectedIntent, Map<String, Object> expectedSlots,
                          List<String> expectedTargets, String expectedOutcome, String intent,
                          Map<String, Object> slots, List<String> targets, String outcome, String why) {
    }
}
