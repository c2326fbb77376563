package io.ambient.context.resolve;

import java.util.List;
import java.util.Map;

/** What target selection decided for one hypothesis. */
sealed interface Targeting {

    /**
     * Targets found.
     *
     * @param targets entity ids
     * @param slots   slot changes that follow from how they were found (a null value removes the slot)
     * @param used    context signals that changed the decision
     * @param sure    1.0 when the words settled it, lower when context had to guess
     */
    record Found(List<String> targets, Map<String, Object> slots, List<String> used, double sure)
            implements Targeting {
        public Found {
            targets = List.copyOf(targets);
            slots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slots));
            used = List.copyOf(used);
        }
    }

    /** Several fit equally: ask which. */
    record Ambiguous(List<String> candidates, String question, List<String> used) implements Targeting {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            used = List.copyOf(used);
        }
    }

    /** Nothing fits; {@code reason} is a sentence for the user. */
    record None(String reason) implements Targeting {
    }
}
