package io.ambient.teachable.rephrase;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How one logged turn ended, as far as self-learning cares. Everything but {@link #SUCCESS} marks a turn the
 * user may rephrase; the wire names are the values of the log's {@code outcome} field.
 */
public enum InteractionOutcome {
    /** The request was understood and carried out, and nobody objected. */
    SUCCESS("success"),
    /** The interpreter did not understand it. */
    NOT_UNDERSTOOD("not_understood"),
    /** It was understood but carrying it out failed. */
    FAILED("failed"),
    /** It was carried out and the user undid it ("undo that"). */
    UNDONE("undone"),
    /** The user cut the answer off (barge-in). */
    INTERRUPTED("interrupted"),
    /** The user answered the runtime's confirmation or result with "no". */
    ANSWERED_NO("answered_no");

    private final String wireName;

    InteractionOutcome(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** True for every outcome after which a new, similar request counts as a rephrase. */
    public boolean invitesRephrase() {
        return this != SUCCESS;
    }

    /**
     * @throws IllegalArgumentException the name is none of the wire names; the message lists them
     */
    public static InteractionOutcome fromWire(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (InteractionOutcome outcome : values()) {
            if (outcome.wireName.equals(wanted)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + name + "'; expected one of "
                + Arrays.stream(values()).map(InteractionOutcome::wireName).collect(Collectors.joining(", ")));
    }
}
