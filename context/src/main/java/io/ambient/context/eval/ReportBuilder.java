package io.ambient.context.eval;

import io.ambient.context.Interpretation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Collects scored cases and computes the report's accuracies and percentiles. */
final class ReportBuilder {
    private final String model;
    private final List<EvalCase> cases = new ArrayList<>();
    private final List<EvalReport.CaseResult> results = new ArrayList<>();
    private final List<EvalReport.Failure> failures = new ArrayList<>();

    ReportBuilder(String model) {
        this.model = model;
    }

    void add(EvalCase c, Interpretation answer, double ms) {
        CaseScorer.Got g = CaseScorer.Got.of(answer);
        boolean intentOk = CaseScorer.intentOk(c, g);
        boolean exactOk = CaseScorer.exactOk(c, g);
        Boolean targetOk = CaseScorer.targetOk(c, g);
        boolean outcomeOk = CaseScorer.expectedOutcome(c).equals(g.outcome());
        cases.add(c);
        results.add(new EvalReport.CaseResult(c.id(), g.intent(), g.slots().values(), g.targets(), g.outcome(),
                Math.round(ms * 1000) / 1000.0, intentOk, exactOk, targetOk, outcomeOk, confidence(answer)));
        if (!intentOk || !exactOk || Boolean.FALSE.equals(targetOk) || !outcomeOk) {
            failures.add(new EvalReport.Failure(c.id(), c.text(), c.intent(), c.slots(), c.targets(),
                    CaseScorer.expectedOutcome(c), g.intent(), g.slots().values(), g.targets(), g.outcome(),
                    CaseScorer.why(c, g, intentOk, exactOk, targetOk, outcomeOk)));
        }
    }

    private static double confidence(Interpretation i) {
        if (i instanceof Interpretation.Resolved r) {
            return r.confidence();
        }
        if (i instanceof Interpretation.Clarify c) {
            return c.confidence();
        }
        return ((Interpretation.NotUnderstood) i).confidence();
    }

    EvalReport build() {
        double[] ms = results.stream().mapToDouble(EvalReport.CaseResult::ms).sorted().toArray();
        return new EvalReport(results.size(), share(r -> r.intentOk()), share(r -> r.exactOk()),
                targetShare(results), share(r -> r.outcomeOk()),
                new EvalReport.Latency(percentile(ms, 50), percentile(ms, 95), percentile(ms, 99)), model,
                perIntent(), perRule(), List.copyOf(results), List.copyOf(failures));
    }

    private double share(Predicate<EvalReport.CaseResult> ok) {
        return ratio(results.stream().filter(ok).count(), results.size());
    }

    private static double targetShare(List<EvalReport.CaseResult> rs) {
        long given = rs.stream().filter(r -> r.targetOk() != null).count();
        return ratio(rs.stream().filter(r -> Boolean.TRUE.equals(r.targetOk())).count(), given);
    }

    private Map<String, EvalReport.IntentStats> perIntent() {
        Map<String, List<EvalReport.CaseResult>> groups = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            String key = cases.get(i).intent() == null ? "none" : cases.get(i).intent();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(results.get(i));
        }
        Map<String, EvalReport.IntentStats> out = new TreeMap<>();
        groups.forEach((k, rs) -> out.put(k, new EvalReport.IntentStats(rs.size(),
                ratio(rs.stream().filter(EvalReport.CaseResult::intentOk).count(), rs.size()),
                ratio(rs.stream().filter(EvalReport.CaseResult::exactOk).count(), rs.size()))));
        return out;
    }

    /** By case-id prefix up to the first '/': the families the eval sets are written in (cmd, ctx-a ...). */
    private Map<String, EvalReport.RuleStats> perRule() {
        Map<String, List<EvalReport.CaseResult>> groups = new TreeMap<>();
        for (EvalReport.CaseResult r : results) {
            int slash = r.id().indexOf('/');
            groups.computeIfAbsent(slash < 0 ? r.id() : r.id().substring(0, slash), k -> new ArrayList<>()).add(r);
        }
        Map<String, EvalReport.RuleStats> out = new TreeMap<>();
        groups.forEach((k, rs) -> {
            long given = rs.stream().filter(r -> r.targetOk() != null).count();
            out.put(k, new EvalReport.RuleStats(rs.size(),
                    ratio(rs.stream().filter(EvalReport.CaseResult::intentOk).count(), rs.size()),
                    ratio(rs.stream().filter(EvalReport.CaseResult::exactOk).count(), rs.size()),
                    given == 0 ? null : targetShare(rs),
                    ratio(rs.stream().filter(EvalReport.CaseResult::outcomeOk).count(), rs.size())));
        });
        return out;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ratio(long ok, long all) {
        return all == 0 ? 1.0 : Math.round(ok * 10000.0 / all) / 10000.0;
    }
}
