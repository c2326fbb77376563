package io.ambient.context;

import java.util.List;

/**
 * Hints from the words that are not slots but steer resolution.
 *
 * @param everywhere   "all the lights", "everywhere", "the whole house": every matching device in the home
 * @param pronoun      the words point back ("turn it off", "open them") instead of naming a device
 * @param direction    +1 / -1 for relative requests ("I'm cold", "louder", "turn it down"), 0 otherwise
 * @param unknownWords words where a device's name belongs ("turn on the <u>sprinkler</u>") that name
 *                     nothing in the home
 * @param unknownPlace a word where an area belongs ("in the <u>basement</u>") that names no area, or null
 */
public record Cues(boolean everywhere, boolean pronoun, int direction, List<String> unknownWords,
                   String unknownPlace) {
    public static final Cues NONE = new Cues(false, false, 0, List.of(), null);

    public Cues {
        unknownWords = unknownWords == null ? List.of() : List.copyOf(unknownWords);
        if (direction < -1 || direction > 1) {
            throw new IllegalArgumentException("direction must be -1, 0 or 1, was " + direction);
        }
    }
}
