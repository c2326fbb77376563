package io.ambient.runtime.turn;

import io.ambient.context.Interpretation;
import io.ambient.devices.CommandOutcome;

import java.time.Instant;
import java.util.List;

/**
 * A handled turn: the request, the context it was heard in, the interpretation, what was done and the
 * trace of every stage. This is what the API answers and what later stages of the product learn from.
 *
 * @param areaName  the speaker's area name, or null
 * @param response  what to say back
 * @param commands  outcomes of the device commands sent (empty when nothing was sent)
 */
public record Turn(String id, Instant at, TurnRequest request, String areaName, Interpretation interpretation,
                   TurnOutcome outcome, String response, List<CommandOutcome> commands, List<StageTrace> trace) {
    public Turn {
        commands = commands == null ? List.of() : List.copyOf(commands);
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    public double totalMs() {
        return trace.stream().mapToDouble(StageTrace::ms).sum();
    }
}
