package io.ambient.runtime.cli;

import io.ambient.context.Interpreter;
import io.ambient.context.eval.EvalException;
import io.ambient.context.eval.EvalReport;
import io.ambient.runtime.failure.FailureStage;
import io.ambient.runtime.speecheval.AudioEvaluation;
import io.ambient.context.eval.Evaluation;
import io.ambient.context.eval.ReportPrinter;
import io.ambient.devices.home.HomeFileException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./ambient eval}: offline evaluation of one or more interpreters on a home and cases, side by side,
 * optionally with each case's context taken away to show what context adds. Exit 0 whatever the score.
 */
final class EvalCommand {
    private EvalCommand() {
    }

    /** An interpreter to evaluate, under the name the report gives it. */
    record Candidate(String name, Interpreter interpreter) { }

    static int run(Path home, Path cases, Path report, List<Candidate> candidates, boolean ablation, PrintStream out) {
        if (!Files.exists(home)) {
            throw new UsageException("no such home file or folder: " + home);
        }
        if (!Files.exists(cases)) {
            throw new UsageException("no such cases file or folder: " + cases);
        }
        try {
            List<EvalReport> reports = new ArrayList<>();
            for (Candidate c : candidates) {
                Evaluation evaluation = new Evaluation(c.interpreter(), c.name(), Clock.systemDefaultZone());
                EvalReport r = evaluation.evaluate(home, cases);
                reports.add(r);
                if (ablation) {
                    reports.add(evaluation.ignoringContext().evaluate(home, cases));
                }
            }
            out.print(ReportPrinter.summary(reports.get(0)));
            out.println(failurePoints(reports.get(0)));
            if (reports.size() > 1) {
                out.println();
                printComparison(reports, out);
            }
            if (report != null) {
                Files.writeString(report, ReportPrinter.json(reports.get(0)));
                out.println("report (" + reports.get(0).model() + ") written to " + report);
            }
            return 0;
        } catch (EvalException | HomeFileException e) {
            out.println("eval: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            out.println("eval: cannot write the report: " + e.getMessage());
            return 2;
        }
    }

    static void printComparison(List<EvalReport> reports, PrintStream out) {
        out.printf(Locale.ROOT, "%-34s %7s %7s %7s %7s %9s %9s %8s %8s%n", "model", "intent", "exact", "target",
                "outcome", "ood-rej", "ind-rej", "p50 ms", "p99 ms");
        for (EvalReport r : reports) {
            Rejection rej = Rejection.of(r);
            out.printf(Locale.ROOT, "%-34s %7.3f %7.3f %7.3f %7.3f %9s %9s %8.2f %8.2f%n", r.model(),
                    r.intentAccuracy(), r.exactAccuracy(), r.targetAccuracy(), r.outcomeAccuracy(),
                    rej.outOfDomainText(), rej.inDomainText(), r.latencyMs().p50(), r.latencyMs().p99());
        }
        out.println("ood-rej: share of out-of-domain cases the runtime refused (higher is better);"
                + " ind-rej: share of in-domain cases it refused (lower is better)");
    }

    /** How often the runtime said "not understood", split by whether it should have. */
    record Rejection(int outOfDomain, int outOfDomainRejected, int inDomain, int inDomainRejected) {
        static Rejection of(EvalReport r) {
            java.util.Map<String, String> expected = new java.util.HashMap<>();
            r.failures().forEach(f -> expected.put(f.id(), f.expectedOutcome()));
            int ood = 0;
            int oodRejected = 0;
            int ind = 0;
            int indRejected = 0;
            for (EvalReport.CaseResult c : r.results()) {
                String want = c.outcomeOk() ? c.outcome() : expected.getOrDefault(c.id(), "executed");
                boolean rejected = "not_understood".equals(c.outcome());
                if ("not_understood".equals(want)) {
                    ood++;
                    oodRejected += rejected ? 1 : 0;
                } else {
                    ind++;
                    indRejected += rejected ? 1 : 0;
                }
            }
            return new Rejection(ood, oodRejected, ind, indRejected);
        }

        String outOfDomainText() {
            return outOfDomain == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) outOfDomainRejected / outOfDomain);
        }

        String inDomainText() {
            return inDomain == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) inDomainRejected / inDomain);
        }
    }

    /** Failure points of the failed cases, per stage (text cases fail at understanding or at resolution). */
    static String failurePoints(EvalReport r) {
        java.util.Map<FailureStage, Integer> counts = new java.util.EnumMap<>(FailureStage.class);
        r.results().stream().filter(c -> !(c.intentOk() && c.exactOk() && !Boolean.FALSE.equals(c.targetOk())
                && c.outcomeOk())).forEach(c -> counts.merge(AudioEvaluation.textStage(c), 1, Integer::sum));
        StringBuilder s = new StringBuilder("failure points:");
        if (counts.isEmpty()) {
            s.append(" none");
        }
        counts.forEach((stage, n) -> s.append(' ').append(stage.wire()).append(' ').append(n));
        return s.append(" (eval --audio adds audio and asr)").toString();
    }
}
