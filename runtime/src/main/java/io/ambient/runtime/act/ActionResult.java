package io.ambient.runtime.act;

import io.ambient.devices.CommandOutcome;

import java.util.List;

/**
 * What acting on an interpretation achieved.
 *
 * @param executed  true when everything asked for was done (or answered)
 * @param response  the sentence to say back
 * @param outcomes  one per device command sent (empty for answers, timers and lists)
 */
public record ActionResult(boolean executed, String response, List<CommandOutcome> outcomes) {
    public ActionResult {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    public static ActionResult answered(String response) {
        return new ActionResult(true, response, List.of());
    }

    public static ActionResult refused(String response) {
        return new ActionResult(false, response, List.of());
    }
}
