package io.ambient.context.eval;

import io.ambient.context.ContextSnapshot;
import io.ambient.context.Interpretation;
import io.ambient.context.Interpreter;
import io.ambient.context.RecentTurn;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.devices.HomeSnapshot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs evaluation cases through an {@link Interpreter} and scores them (shared/formats.md §3, §5). Each
 * case's {@code context.history} is interpreted first at the same site, feeding the case's recent
 * turns, so a pending question can be answered. Latency is measured on the case itself after untimed
 * warm-up passes, as on a hub that has been running for a while.
 */
public final class Evaluation {
    /** Untimed passes before measuring, so the JIT has compiled the hot paths as on a running hub. */
    static final int WARM_UP_PASSES = 3;

    private final Interpreter interpreter;
    private final String model;
    private final Clock clock;
    private final boolean ignoreContext;

    public Evaluation(Interpreter interpreter, String model, Clock clock) {
        this(interpreter, model, clock, false);
    }

    private Evaluation(Interpreter interpreter, String model, Clock clock, boolean ignoreContext) {
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ignoreContext = ignoreContext;
    }

    /**
     * The same evaluation with each case's context taken away (no site, area, state overrides or earlier
     * turns), to measure what context contributes.
     */
    public Evaluation ignoringContext() {
        return new Evaluation(interpreter, model + " (context ignored)", clock, true);
    }

    /**
     * The entry point for the CLI: the rule-based understander and the default resolver.
     *
     * @param homeOrHomesDir one home file for every case, or a directory where each case's "home" picks one
     * @param casesFileOrDir a .jsonl file or a directory of them
     * @throws EvalException when an input is missing or malformed (the message names file and line)
     */
    public static EvalReport run(Path homeOrHomesDir, Path casesFileOrDir, Clock clock) {
        RuleBasedUnderstander understander = new RuleBasedUnderstander();
        Interpreter interpreter = new Interpreter(understander, new DefaultContextResolver());
        return new Evaluation(interpreter, understander.scorerId(), clock).evaluate(homeOrHomesDir, casesFileOrDir);
    }

    public EvalReport evaluate(Path homeOrHomesDir, Path casesFileOrDir) {
        List<PreparedCase> cases = prepare(homeOrHomesDir, casesFileOrDir);
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (PreparedCase c : cases) {
                interpreter.interpret(c.text(), c.context());
            }
        }
        ReportBuilder report = new ReportBuilder(model);
        for (PreparedCase c : cases) {
            long t0 = System.nanoTime();
            Interpretation got = interpreter.interpret(c.text(), c.context()).interpretation();
            report.add(c.evalCase(), got, (System.nanoTime() - t0) / 1e6);
        }
        return report.build();
    }

    /**
     * Reads the cases and builds the context each one describes, without interpreting the cases themselves
     * (their {@code context.history} is interpreted, as it must be to feed the recent turns). For callers
     * that time or repeat the interpretation their own way, such as the JMH benchmarks.
     *
     * @throws EvalException when an input is missing or malformed (the message names file and line)
     */
    public List<PreparedCase> prepare(Path homeOrHomesDir, Path casesFileOrDir) {
        List<EvalCase> cases = new CaseReader().read(casesFileOrDir);
        Homes homes = new Homes(homeOrHomesDir, clock.instant());
        List<PreparedCase> out = new ArrayList<>(cases.size());
        for (EvalCase c : cases) {
            HomeSnapshot home = homes.of(c);
            out.add(new PreparedCase(c, ignoreContext ? CaseContext.withoutContext(c, home, clock)
                    : CaseContext.of(c, home, clock, history(c, home))));
        }
        return List.copyOf(out);
    }

    /** The case's earlier utterances, interpreted in order; newest first as ContextSnapshot expects. */
    private List<RecentTurn> history(EvalCase c, HomeSnapshot home) {
        List<RecentTurn> recent = new ArrayList<>();
        int n = 0;
        for (String text : c.context().history()) {
            ContextSnapshot ctx = CaseContext.of(c, home, clock, recent);
            Interpretation i = interpreter.interpret(text, ctx).interpretation();
            recent.add(0, turn(c.id() + "#h" + (n++), text, i));
        }
        return recent;
    }

    private RecentTurn turn(String id, String text, Interpretation i) {
        if (i instanceof Interpretation.Resolved r) {
            return new RecentTurn(id, clock.instant(), text, r.intent(), r.slots(), r.targets(), "executed",
                    Optional.empty());
        }
        if (i instanceof Interpretation.Clarify q) {
            return new RecentTurn(id, clock.instant(), text, q.intent(), q.slots(), List.of(), "clarify",
                    Optional.of(q));
        }
        return new RecentTurn(id, clock.instant(), text, null, null, List.of(), "not_understood", Optional.empty());
    }
}
