package io.ambient.runtime.cli;

import io.ambient.context.eval.EvalReport;
import io.ambient.context.eval.Evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./ambient bench}: text -> interpretation latency over the evaluation cases, repeated, after the
 * evaluation's own warm-up. Reports percentiles over every timed interpretation of every round.
 */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(Path home, Path cases, int rounds, EvalCommand.Candidate candidate, PrintStream out) {
        if (rounds < 1 || rounds > 1000) {
            throw new UsageException("--rounds must be 1-1000, was " + rounds);
        }
        List<Double> ms = new ArrayList<>();
        int perRound = 0;
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            EvalReport report = new Evaluation(candidate.interpreter(), candidate.name(), Clock.systemDefaultZone())
                    .evaluate(home, cases);
            perRound = report.results().size();
            report.results().forEach(c -> ms.add(c.ms()));
            out.printf(Locale.ROOT, "round %d/%d: p50 %.3f ms%n", r + 1, rounds, report.latencyMs().p50());
        }
        Collections.sort(ms);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "%n%s: text -> interpretation over %d cases x %d rounds (%d timings, %d cores, %s)%n",
                candidate.name(), perRound, rounds, ms.size(), rt.availableProcessors(),
                System.getProperty("java.vm.version"));
        out.printf(Locale.ROOT, "  p50 %.3f ms   p95 %.3f ms   p99 %.3f ms   max %.3f ms%n",
                pct(ms, 0.50), pct(ms, 0.95), pct(ms, 0.99), ms.get(ms.size() - 1));
        out.printf(Locale.ROOT, "  wall time %.1f s, heap used %d MB%n", (System.nanoTime() - started) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        return 0;
    }

    private static double pct(List<Double> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
