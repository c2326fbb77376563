package io.ambient.runtime.dialog;

import io.ambient.context.Interpretation;

/**
 * Where the dialogs report a turn its speaker showed was wrong (the failure-point verdicts of
 * {@code runtime.failure}), so a correction in conversation counts like one sent to
 * {@code POST /api/turns/{id}/feedback}.
 */
@FunctionalInterface
public interface TurnFeedback {

    /**
     * @param turnId the wrong turn
     * @param meant  what the speaker meant, when they said it (the interpretation of their answer), else null
     * @param source how it was learned: {@code no-thats-wrong}, {@code teaching}, {@code rephrase}
     */
    void wrong(String turnId, Interpretation.Resolved meant, String source);

    TurnFeedback NONE = (turnId, meant, source) -> { };
}
