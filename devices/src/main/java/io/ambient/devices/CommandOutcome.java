package io.ambient.devices;

import java.util.Map;

/** What became of a command: confirmed by the state the device reported back, or failed with a reason. */
public sealed interface CommandOutcome {

    String entityId();

    /** The device reported a state that shows the command took effect. */
    record Confirmed(String entityId, String state, Map<String, Object> attributes) implements CommandOutcome { }

    /**
     * The command did not take effect.
     *
     * @param reason a sentence for people, naming the device ("Kitchen Ceiling did not answer within 3 s")
     */
    record Failed(String entityId, FailureKind kind, String reason) implements CommandOutcome { }

    enum FailureKind {
        /** no confirming state within the timeout */
        TIMEOUT,
        /** the device is known to be offline */
        UNAVAILABLE,
        /** no such entity */
        UNKNOWN_ENTITY,
        /** the entity cannot do this */
        UNSUPPORTED,
        /** the broker could not be reached */
        NOT_CONNECTED
    }
}
