package io.ambient.context;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A turn recently handled at the same site, kept so that a follow-up ("the one in the bedroom") can
 * complete it.
 *
 * @param pending the question this turn asked and has not had answered, if any
 */
public record RecentTurn(String turnId, Instant at, String text, String intent, Slots slots,
                         List<String> targets, String outcome, Optional<Interpretation.Clarify> pending) {
    public RecentTurn {
        Objects.requireNonNull(turnId, "turnId");
        Objects.requireNonNull(at, "at");
        slots = slots == null ? Slots.NONE : slots;
        targets = targets == null ? List.of() : List.copyOf(targets);
        pending = pending == null ? Optional.empty() : pending;
    }
}
