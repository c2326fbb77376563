package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;

import java.util.Objects;

/**
 * A preference someone stated: the key ({@link Preferences#TEAM}, ...) and its canonical value
 * ("Warriors", "jazz", "21", "07:00").
 */
public record PreferenceStatement(String key, String value) {
    public PreferenceStatement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a " + key + " preference needs a value");
        }
    }

    /** What the hub learned, as a phrase to confirm it ("you follow the Warriors"). */
    public String describe() {
        return switch (key) {
            case Preferences.TEAM -> "you follow the " + value;
            case Preferences.MUSIC_GENRE -> "you like " + value + " music";
            case Preferences.TEMPERATURE -> "you are comfortable at " + value + " degrees";
            case Preferences.WAKE_TIME -> "you wake up at " + value;
            default -> "your " + key.replace('_', ' ') + " is " + value;
        };
    }
}
