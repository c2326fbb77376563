package io.ambient.runtime.turn;

import io.ambient.context.Intents;
import io.ambient.context.Interpretation;
import io.ambient.context.Slots;
import io.ambient.devices.Area;
import io.ambient.devices.CommandOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the steps of a taught phrase ("movie time" -> dim the lights, close the blinds) as one turn: each step
 * is understood and acted on in order, and the turn reports the union of what they did.
 */
final class TaughtSteps {
    /** Understands and acts on one step, adding its stages to the given trace. */
    interface StepRunner {
        Turn run(String text, List<StageTrace> trace);
    }

    private TaughtSteps() {
    }

    static Turn run(String id, Instant at, TurnRequest request, Rewrite.Steps steps, Optional<Area> area,
                    List<StageTrace> trace, StepRunner runner) {
        List<Turn> done = new ArrayList<>();
        for (int i = 0; i < steps.steps().size(); i++) {
            List<StageTrace> stepTrace = new ArrayList<>();
            done.add(runner.run(steps.steps().get(i), stepTrace));
            for (StageTrace s : stepTrace) {
                trace.add(new StageTrace("step" + (i + 1) + "." + s.stage(), s.component(), s.ms(), s.output()));
            }
        }
        Set<String> targets = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>(steps.used());
        List<CommandOutcome> commands = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        double confidence = 1;
        for (Turn t : done) {
            Interpretation i = t.interpretation();
            used.addAll(i.contextUsed());
            commands.addAll(t.commands());
            if (t.response() != null && !t.response().isBlank()) {
                responses.add(t.response());
            }
            if (i instanceof Interpretation.Resolved r) {
                targets.addAll(r.targets());
                confidence = Math.min(confidence, r.confidence());
            } else if (i instanceof Interpretation.Clarify c) {
                confidence = Math.min(confidence, c.confidence());
            } else {
                confidence = Math.min(confidence, ((Interpretation.NotUnderstood) i).confidence());
            }
        }
        Interpretation combined = new Interpretation.Resolved(Intents.AMBIENT_TAUGHT_PHRASE,
                Slots.of(Map.of("phrase", request.text(), "steps", String.join("; ", steps.steps()))), List.copyOf(targets), confidence,
                List.copyOf(used));
        return new Turn(id, at, request, area.map(Area::name).orElse(null), combined, outcome(done),
                String.join(" ", responses), commands, trace, null, String.join(" and ", steps.steps()));
    }

    /** Executed when every step was; otherwise the first step's outcome that was not. */
    private static TurnOutcome outcome(List<Turn> done) {
        return done.stream().map(Turn::outcome).filter(o -> o != TurnOutcome.EXECUTED).findFirst()
                .orElse(TurnOutcome.EXECUTED);
    }

    /** The interpretation with the rewrite's signals first in its context.used. */
    static Interpretation withUsed(Interpretation i, List<String> used) {
        if (used.isEmpty()) {
            return i;
        }
        List<String> all = new ArrayList<>(used);
        i.contextUsed().stream().filter(u -> !used.contains(u)).forEach(all::add);
        if (i instanceof Interpretation.Resolved r) {
            return new Interpretation.Resolved(r.intent(), r.slots(), r.targets(), r.confidence(), all);
        }
        if (i instanceof Interpretation.Clarify c) {
            return new Interpretation.Clarify(c.intent(), c.slots(), c.question(), c.candidates(), c.confidence(), all);
        }
        Interpretation.NotUnderstood n = (Interpretation.NotUnderstood) i;
        return new Interpretation.NotUnderstood(n.reason(), n.confidence(), all);
    }

    /** The turn, noting the words that were actually understood. */
    static Turn understood(Turn t, String text) {
        Objects.requireNonNull(text, "text");
        return new Turn(t.id(), t.at(), t.request(), t.areaName(), t.interpretation(), t.outcome(), t.response(),
                t.commands(), t.trace(), t.session(), text);
    }
}
