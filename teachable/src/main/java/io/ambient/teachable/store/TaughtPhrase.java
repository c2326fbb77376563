package io.ambient.teachable.store;

import java.time.Instant;
import java.util.List;

/**
 * A phrase a user taught: saying {@link #phrase} means saying each of {@link #steps} in turn
 * ("movie time" -> "dim the living room lights", "close the blinds").
 *
 * @param phrase normalised (see {@link Phrases#normalize})
 */
public record TaughtPhrase(UserId user, String phrase, List<String> steps, Instant taughtAt) {
    public TaughtPhrase {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a taught phrase needs at least one step");
        }
    }
}
