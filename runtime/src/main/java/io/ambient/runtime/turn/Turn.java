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
 * @param session   the dialog session this turn opened, continued or ended, or null (added with the
 *                  teachable issue; the nine-argument constructor has none)
 * @param understoodText the words understood when the rewrite stage changed them (a taught phrase's steps),
 *                       else (or when null is given) the request's text
 */
public record Turn(String id, Instant at, TurnRequest request, String areaName, Interpretation interpretation,
                   TurnOutcome outcome, String response, List<CommandOutcome> commands, List<StageTrace> trace,
                   SessionView session, String understoodText) {
    public Turn {
        commands = commands == null ? List.of() : List.copyOf(commands);
        trace = trace == null ? List.of() : List.copyOf(trace);
        understoodText = understoodText == null ? request.text() : understoodText;
    }

    public Turn(String id, Instant at, TurnRequest request, String areaName, Interpretation interpretation,
                TurnOutcome outcome, String response, List<CommandOutcome> commands, List<StageTrace> trace,
                SessionView session) {
        this(id, at, request, areaName, interpretation, outcome, response, commands, trace, session, null);
    }

    public Turn(String id, Instant at, TurnRequest request, String areaName, Interpretation interpretation,
                TurnOutcome outcome, String response, List<CommandOutcome> commands, List<StageTrace> trace) {
        this(id, at, request, areaName, interpretation, outcome, response, commands, trace, null, null);
    }

    /** This turn answered differently, in a dialog session (or none). */
    public Turn answered(String newResponse, SessionView newSession) {
        return new Turn(id, at, request, areaName, interpretation, outcome, newResponse, commands, trace, newSession,
                understoodText);
    }

    /** True when the rewrite stage changed the words. */
    public boolean rewritten() {
        return !understoodText.equals(request.text());
    }

    public double totalMs() {
        return trace.stream().mapToDouble(StageTrace::ms).sum();
    }
}
