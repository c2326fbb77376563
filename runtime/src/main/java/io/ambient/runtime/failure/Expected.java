package io.ambient.runtime.failure;

import java.util.List;
import java.util.Map;

/**
 * What a turn should have been; any part may be unknown (null). From an evaluation case all is known; from a
 * user's correction perhaps only the words.
 *
 * @param text    the words actually spoken
 * @param intent  the intent they mean ({@code null} also when unknown; see {@link #outOfDomain})
 * @param slots   slot values the interpretation must have (others may be present)
 * @param targets the entity ids that should have been acted on
 */
public record Expected(String text, String intent, Map<String, Object> slots, List<String> targets) {
    public static final Expected UNKNOWN = new Expected(null, null, null, null);

    public Expected {
        slots = slots == null ? null : Map.copyOf(slots);
        targets = targets == null ? null : List.copyOf(targets);
    }

    public boolean knowsMeaning() {
        return intent != null || slots != null || targets != null;
    }
}
