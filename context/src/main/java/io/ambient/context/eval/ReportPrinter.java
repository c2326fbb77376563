package io.ambient.context.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Locale;
import java.util.Map;

/** Text and JSON forms of an {@link EvalReport}. */
public final class ReportPrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportPrinter() {
    }

    /** The report as formats.md §5 JSON (plus perRule and failures). */
    public static String json(EvalReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report not serialisable", e);
        }
    }

    /** Accuracies, a per-intent and per-rule table, latency percentiles and every failing case. */
    public static String summary(EvalReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "model %s, %d cases%n", r.model(), r.cases()));
        sb.append(String.format(Locale.ROOT, "intent %.3f  exact %.3f  target %.3f  outcome %.3f%n",
                r.intentAccuracy(), r.exactAccuracy(), r.targetAccuracy(), r.outcomeAccuracy()));
        sb.append(String.format(Locale.ROOT, "latency ms  p50 %.2f  p95 %.2f  p99 %.2f%n%n",
                r.latencyMs().p50(), r.latencyMs().p95(), r.latencyMs().p99()));
        sb.append(String.format(Locale.ROOT, "%-32s %6s %8s %8s%n", "intent", "cases", "intent", "exact"));
        for (Map.Entry<String, EvalReport.IntentStats> e : r.perIntent().entrySet()) {
            EvalReport.IntentStats s = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-32s %6d %8.3f %8.3f%n", e.getKey(), s.cases(),
                    s.intentAccuracy(), s.exactAccuracy()));
        }
        sb.append(String.format(Locale.ROOT, "%n%-12s %6s %8s %8s %8s %8s%n", "rule", "cases", "intent", "exact",
                "target", "outcome"));
        for (Map.Entry<String, EvalReport.RuleStats> e : r.perRule().entrySet()) {
            EvalReport.RuleStats s = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-12s %6d %8.3f %8.3f %8s %8.3f%n", e.getKey(), s.cases(),
                    s.intentAccuracy(), s.exactAccuracy(), s.targetAccuracy() == null ? "-"
                            : String.format(Locale.ROOT, "%.3f", s.targetAccuracy()), s.outcomeAccuracy()));
        }
        sb.append(String.format(Locale.ROOT, "%nfailures (%d)%n", r.failures().size()));
        for (EvalReport.Failure f : r.failures()) {
            sb.append(String.format(Locale.ROOT, "- %s \"%s\" [%s]%n    expected %s %s %s %s%n    got      %s %s %s %s%n",
                    f.id(), f.text(), f.why(), f.expectedOutcome(), f.expectedIntent(), f.expectedSlots(),
                    f.expectedTargets(), f.outcome(), f.intent(), f.slots(), f.targets()));
        }
        return sb.toString();
    }
}
