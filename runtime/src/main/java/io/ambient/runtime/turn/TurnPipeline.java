package io.ambient.runtime.turn;

import io.ambient.context.ContextSnapshot;
import io.ambient.context.Hypothesis;
import io.ambient.context.Interpretation;
import io.ambient.context.Preferences;
import io.ambient.context.RecentTurn;
import io.ambient.devices.Area;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.HomeStateSource;
import io.ambient.runtime.act.ActionExecutor;
import io.ambient.runtime.act.ActionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs one turn through the stages in order and records it. Reads an immutable snapshot of the home;
 * sends commands only through the action executor; never calls a stage backwards.
 */
public final class TurnPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(TurnPipeline.class);

    private final HomeStateSource home;
    private final RewriteStage rewriter;
    private final UnderstandingSource understanding;
    private final ActionExecutor executor;
    private final RecentTurns recentTurns;
    private final TurnLog log;
    private final TurnObserver observer;
    private final Clock clock;
    private final Function<String, Preferences> preferences;
    private final DialogStage dialogs;

    /**
     * @param understanding the understanding the next turn uses; read once per turn, so a model swap takes
     *                      effect between turns and never inside one
     */
    public TurnPipeline(HomeStateSource home, UnderstandingSource understanding, ActionExecutor executor,
                        RecentTurns recentTurns, TurnLog log, TurnObserver observer, Clock clock) {
        this(home, understanding, executor, recentTurns, log, observer, clock, user -> Preferences.NONE,
                DialogStage.NONE);
    }

    /**
     * @param preferences the preferences a turn by a speaker ({@link TurnRequest#speaker}; null: the household) sees
     * @param dialogs     teaching dialogs around understanding
     */
    public TurnPipeline(HomeStateSource home, UnderstandingSource understanding, ActionExecutor executor,
                        RecentTurns recentTurns, TurnLog log, TurnObserver observer, Clock clock,
                        Function<String, Preferences> preferences, DialogStage dialogs) {
        this(home, understanding, executor, recentTurns, log, observer, clock, preferences, dialogs,
                RewriteStage.NONE);
    }

    /** @param rewriter the rewrite stage: taught phrases and aliases, learned rewrites, teaching commands */
    public TurnPipeline(HomeStateSource home, UnderstandingSource understanding, ActionExecutor executor,
                        RecentTurns recentTurns, TurnLog log, TurnObserver observer, Clock clock,
                        Function<String, Preferences> preferences, DialogStage dialogs, RewriteStage rewriter) {
        this.rewriter = rewriter;
        this.preferences = preferences;
        this.dialogs = dialogs;
        this.home = home;
        this.understanding = understanding;
        this.executor = executor;
        this.recentTurns = recentTurns;
        this.log = log;
        this.observer = observer;
        this.clock = clock;
    }

    public Turn handle(TurnRequest request) {
        return handle(request, List.of());
    }

    /**
     * @param heard the stages that produced the words before this pipeline saw them (audio, speech
     *              recognition); recorded first in the turn's trace
     */
    public Turn handle(TurnRequest request, List<StageTrace> heard) {
        String id = UUID.randomUUID().toString();
        Instant at = clock.instant();
        List<StageTrace> trace = new ArrayList<>(heard);

        long t0 = System.nanoTime();
        HomeSnapshot snapshot = home.current();
        Optional<Area> area = areaOf(request, snapshot);
        String speaker = request.speaker(snapshot).orElse(null);
        ContextSnapshot context = new ContextSnapshot(request.site(), area.orElse(null), speaker,
                LocalDateTime.ofInstant(at, clock.getZone()), snapshot, recentTurns.of(conversationKey(request)),
                preferences.apply(speaker));
        trace.add(stage("context", "snapshot", t0, describe(request, area, snapshot)));

        long td = System.nanoTime();
        Optional<DialogStage.Reply> reply = request.act() ? dialogs.before(request, context) : Optional.empty();
        Turn turn;
        if (reply.isPresent()) {
            trace.add(stage("dialog", "teaching", td, reply.get().response()));
            turn = dialogTurn(id, at, request, area, reply.get(), trace);
        } else {
            turn = rewriteAndAct(id, at, request, area, context, trace);
            turn = request.act() ? dialogs.after(turn, context) : turn;
        }
        if (request.act()) {
            recentTurns.add(conversationKey(request), recent(turn));
        }
        log.add(turn);
        observer.finished(turn);
        LOG.info("turn {} site={} text=\"{}\" -> {} {}", id, request.site(), request.text(), turn.outcome().wire(),
                turn.response());
        return turn;
    }

    private Turn dialogTurn(String id, Instant at, TurnRequest request, Optional<Area> area, DialogStage.Reply reply,
                            List<StageTrace> trace) {
        return new Turn(id, at, request, area.map(Area::name).orElse(null), reply.interpretation(), reply.outcome(),
                reply.response(), List.of(), trace, reply.session());
    }

    /**
     * The rewrite stage (taught phrases and aliases, learned rewrites, teaching commands), then understanding and
     * acting on the words it leaves: the request's own, a learned rewrite's, or each step of a taught phrase. One
     * lease on the serving understanding covers the whole turn, so the rewrite's query embedding and the
     * understanding come from the same model; a model swapped out meanwhile closes after this turn let go of it.
     */
    private Turn rewriteAndAct(String id, Instant at, TurnRequest request, Optional<Area> area,
                               ContextSnapshot heard, List<StageTrace> trace) {
        try (UnderstandingSource.Lease lease = understanding.acquire()) {
            UnderstandingStage stage = lease.stage();
            long tr = System.nanoTime();
            Rewrite rewrite = rewriter.rewrite(request, heard.home(), stage);
            trace.add(stage("rewrite", "teachable", tr, rewrite.describe()));
            ContextSnapshot context = new ContextSnapshot(heard.siteId(), heard.area(), heard.user(), heard.time(),
                    rewrite.home(), heard.recentTurns(), heard.preferences());
            if (rewrite instanceof Rewrite.Handled taught) {
                return new Turn(id, at, request, area.map(Area::name).orElse(null), taught.interpretation(),
                        taught.done() ? TurnOutcome.EXECUTED : TurnOutcome.REJECTED, taught.response(), List.of(),
                        trace);
            }
            Rewrite.Steps steps = (Rewrite.Steps) rewrite;
            return steps.steps().size() == 1
                    ? understandAndAct(stage, id, at, request, steps.steps().get(0), steps.used(), area, context, trace)
                    : TaughtSteps.run(id, at, request, steps, area, trace, (text, stepTrace) ->
                            understandAndAct(stage, id, at, request, text, List.of(), area, context, stepTrace));
        }
    }

    /** Understands, resolves and (when asked to) acts on {@code text}: one turn, or one step of a taught phrase. */
    private Turn understandAndAct(UnderstandingStage stage, String id, Instant at, TurnRequest request, String text,
                                  List<String> used, Optional<Area> area, ContextSnapshot context,
                                  List<StageTrace> trace) {
        HomeSnapshot snapshot = context.home();
        long t1 = System.nanoTime();
        List<Hypothesis> hypotheses = stage.understander().understand(text, snapshot);
        trace.add(stage("nlu", stage.version(), t1, hypotheses.stream().limit(3)
                .map(h -> h.intent() + String.format(" %.2f", h.score())).collect(Collectors.joining(", "))));

        long t2 = System.nanoTime();
        Interpretation interpretation = TaughtSteps.withUsed(stage.resolver().resolve(text, hypotheses, context), used);
        trace.add(stage("resolve", "context", t2, summary(interpretation)));

        Turn turn = finish(id, at, request, area, interpretation, snapshot, trace);
        return text.equals(request.text()) ? turn : TaughtSteps.understood(turn, text);
    }

    private Turn finish(String id, Instant at, TurnRequest request, Optional<Area> area,
                        Interpretation interpretation, HomeSnapshot snapshot, List<StageTrace> trace) {
        String areaName = area.map(Area::name).orElse(null);
        if (interpretation instanceof Interpretation.Clarify c) {
            return new Turn(id, at, request, areaName, c, TurnOutcome.CLARIFY, c.question(), List.of(), trace);
        }
        if (interpretation instanceof Interpretation.NotUnderstood n) {
            return new Turn(id, at, request, areaName, n, TurnOutcome.NOT_UNDERSTOOD, n.reason(), List.of(), trace);
        }
        Interpretation.Resolved resolved = (Interpretation.Resolved) interpretation;
        if (!request.act()) {
            return new Turn(id, at, request, areaName, resolved, TurnOutcome.EXECUTED, null, List.of(), trace);
        }
        long t3 = System.nanoTime();
        ActionResult result;
        try {
            result = executor.act(resolved, snapshot, request.site());
        } catch (RuntimeException e) {
            // A fault in acting is the turn's outcome, not an error page: say what went wrong.
            LOG.warn("turn {} failed while acting", id, e);
            result = new ActionResult(false, "Something went wrong while doing that: " + e.getMessage(), List.of());
        }
        trace.add(stage("act", "devices", t3, result.response()));
        TurnOutcome outcome = result.executed() ? TurnOutcome.EXECUTED
                : result.outcomes().isEmpty() ? TurnOutcome.REJECTED : TurnOutcome.FAILED;
        return new Turn(id, at, request, areaName, resolved, outcome, result.response(), result.outcomes(), trace);
    }

    private static Optional<Area> areaOf(TurnRequest request, HomeSnapshot home) {
        if (request.area() != null) {
            Optional<Area> byId = home.area(request.area());
            return byId.isPresent() ? byId : home.areas().values().stream()
                    .filter(a -> a.name().equalsIgnoreCase(request.area())).findFirst();
        }
        return home.areaOfSite(request.site());
    }

    private static String conversationKey(TurnRequest request) {
        return RecentTurns.conversationKey(request.site(), request.user());
    }

    private static RecentTurn recent(Turn turn) {
        Interpretation i = turn.interpretation();
        if (i instanceof Interpretation.Resolved r) {
            return new RecentTurn(turn.id(), turn.at(), turn.request().text(), r.intent(), r.slots(), r.targets(),
                    turn.outcome().wire(), Optional.empty());
        }
        if (i instanceof Interpretation.Clarify c) {
            return new RecentTurn(turn.id(), turn.at(), turn.request().text(), c.intent(), c.slots(), List.of(),
                    turn.outcome().wire(), Optional.of(c));
        }
        return new RecentTurn(turn.id(), turn.at(), turn.request().text(), null, null, List.of(),
                turn.outcome().wire(), Optional.empty());
    }

    private static String describe(TurnRequest request, Optional<Area> area, HomeSnapshot home) {
        String where = area.map(a -> "area " + a.name())
                .orElse(request.site() != null ? "unknown site " + request.site() : "no area");
        return where + ", " + home.entities().size() + " entities";
    }

    static String summary(Interpretation i) {
        if (i instanceof Interpretation.Resolved r) {
            return r.intent() + " " + r.slots().values() + " -> " + r.targets();
        }
        if (i instanceof Interpretation.Clarify c) {
            return "clarify: " + c.question();
        }
        return "not understood: " + ((Interpretation.NotUnderstood) i).reason();
    }

    static StageTrace stage(String name, String component, long startNanos, String output) {
        return new StageTrace(name, component, (System.nanoTime() - startNanos) / 1e6, output);
    }
}
