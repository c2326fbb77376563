package io.ambient.teachable.policy;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a music conversation stands: the settled attributes with their values, the tracks turned down, and the
 * number of prompts so far. Immutable; each listener response gives a new state.
 */
public record DialogState(Map<Attribute, String> known, Set<String> rejected, int turn) {

    public DialogState {
        known = known.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(known));
        rejected = Set.copyOf(rejected);
    }

    public static DialogState start() {
        return new DialogState(Map.of(), Set.of(), 0);
    }

    public DialogFeatures features() {
        return new DialogFeatures(known.keySet(), rejected.size(), turn);
    }

    /** After the listener answered a question about {@code attribute} (a value or {@link Attribute#ANY}). */
    public DialogState answered(Attribute attribute, String value) {
        Map<Attribute, String> next = new EnumMap<>(Attribute.class);
        next.putAll(known);
        next.put(attribute, value);
        return new DialogState(next, rejected, turn + 1);
    }

    /** After the listener turned a suggestion down. */
    public DialogState turnedDown(MusicTrack track) {
        Set<String> next = new LinkedHashSet<>(rejected);
        next.add(track.id());
        return new DialogState(known, next, turn + 1);
    }
}
