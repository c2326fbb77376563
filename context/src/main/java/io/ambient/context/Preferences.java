package io.ambient.context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the speaker told the hub they like, as one turn sees it: their own preferences over the
 * household's. Immutable; read from the teachable store when the turn's snapshot is built, so
 * preferences flow into understanding one way and a turn never writes them back.
 *
 * @param values preference key ({@link #TEAM}, {@link #MUSIC_GENRE}, ...) -> the value and whose it is
 */
public record Preferences(Map<String, Preference> values) {
    /** The sports team the speaker follows ("Warriors"). */
    public static final String TEAM = "team";
    /** The music genre the speaker likes best ("jazz"). */
    public static final String MUSIC_GENRE = "music_genre";
    /** The room temperature the speaker finds comfortable, in °C as text ("21" or "21.5"). */
    public static final String TEMPERATURE = "temperature";
    /** When the speaker usually wakes up, 24-hour "HH:mm". */
    public static final String WAKE_TIME = "wake_time";

    public static final Preferences NONE = new Preferences(Map.of());

    /**
     * One preference value.
     *
     * @param owner the user who stated it, or the household layer's name when it applies to everyone
     */
    public record Preference(String value, String owner) {
        public Preference {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(owner, "owner");
        }
    }

    public Preferences {
        Objects.requireNonNull(values, "values");
        values = Map.copyOf(values);
    }

    public Optional<Preference> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** These preferences with {@code key} set (or replaced). */
    public Preferences with(String key, String value, String owner) {
        Map<String, Preference> m = new LinkedHashMap<>(values);
        m.put(key, new Preference(value, owner));
        return new Preferences(m);
    }

    /**
     * The {@code context.used} signal for a preference that changed a decision, e.g.
     * {@code preference:ann/team=Warriors} (shared/formats.md §4).
     */
    public static String signal(String key, Preference p) {
        return "preference:" + p.owner() + "/" + key + "=" + p.value();
    }
}
