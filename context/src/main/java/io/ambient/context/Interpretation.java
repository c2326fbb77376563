package io.ambient.context;

import java.util.List;
import java.util.Objects;

/** The outcome of understanding one turn in its context. */
public sealed interface Interpretation {

    /** Context signals that changed the decision, e.g. {@code site-area}, {@code device-state:oven.kitchen=on}. */
    List<String> contextUsed();

    /**
     * Understood and resolved: what to do and to which entities.
     *
     * @param targets    entity ids to act on or ask about (empty for intents without devices: time, timers, lists)
     * @param confidence 0-1
     */
    record Resolved(String intent, Slots slots, List<String> targets, double confidence, List<String> contextUsed)
            implements Interpretation {
        public Resolved {
            Objects.requireNonNull(intent, "intent");
            slots = slots == null ? Slots.NONE : slots;
            targets = targets == null ? List.of() : List.copyOf(targets);
            contextUsed = contextUsed == null ? List.of() : List.copyOf(contextUsed);
        }
    }

    /**
     * Understood the intent but not the target: ask back. A follow-up turn that picks one of the
     * candidates completes it.
     *
     * @param candidates entity ids among which the user should choose
     */
    record Clarify(String intent, Slots slots, String question, List<String> candidates, double confidence,
                   List<String> contextUsed) implements Interpretation {
        public Clarify {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(question, "question");
            slots = slots == null ? Slots.NONE : slots;
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
            contextUsed = contextUsed == null ? List.of() : List.copyOf(contextUsed);
        }
    }

    /**
     * Nothing will be done: out of domain, too uncertain, or no device fits.
     *
     * @param reason a sentence for the user ("I don't know a device called garden sprinkler")
     */
    record NotUnderstood(String reason, double confidence, List<String> contextUsed) implements Interpretation {
        public NotUnderstood {
            Objects.requireNonNull(reason, "reason");
            contextUsed = contextUsed == null ? List.of() : List.copyOf(contextUsed);
        }
    }
}
