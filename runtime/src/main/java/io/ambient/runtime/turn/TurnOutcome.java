package io.ambient.runtime.turn;

import java.util.Locale;

/** How a turn ended, as the interpretation JSON spells it (shared/formats.md §4). */
public enum TurnOutcome {
    /** done (or answered) */
    EXECUTED,
    /** asked a question back */
    CLARIFY,
    /** out of domain or too uncertain: nothing done */
    NOT_UNDERSTOOD,
    /** understood, but no target can do it */
    REJECTED,
    /** a device did not confirm */
    FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
