package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;
import io.ambient.teachable.store.PreferenceBook;
import io.ambient.teachable.store.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Preferences as the turn pipeline and the preference dialog use them, kept in the teachable store's
 * {@link PreferenceBook}: a user's own values over the household's. A null user is the household.
 */
public final class StoredPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(StoredPreferences.class);
    /** The preferences interpretation uses (the question catalogue's keys). */
    static final List<String> KEYS = List.of(Preferences.TEAM, Preferences.MUSIC_GENRE, Preferences.TEMPERATURE,
            Preferences.WAKE_TIME);

    private final PreferenceBook book;

    public StoredPreferences(PreferenceBook book) {
        this.book = book;
    }

    /** What a turn by {@code user} sees; none for a user name the store cannot hold (the turn still runs). */
    public Preferences of(String user) {
        UserId id;
        try {
            id = userId(user);
        } catch (IllegalArgumentException e) {
            LOG.debug("no preferences for user '{}': {}", user, e.getMessage());
            return Preferences.NONE;
        }
        Map<String, Preferences.Preference> values = new LinkedHashMap<>();
        for (String key : KEYS) {
            book.resolve(id, key).ifPresent(p -> values.put(key,
                    new Preferences.Preference(p.value(), p.user().value())));
        }
        return new Preferences(values);
    }

    /**
     * Stores the statement for {@code user}; returns once it is durable.
     *
     * @throws IllegalArgumentException for a user name the store cannot hold
     * @throws io.ambient.teachable.store.StoreException when the store could not write it
     */
    public void remember(String user, PreferenceStatement statement) {
        book.set(userId(user), statement.key(), statement.value());
    }

    static UserId userId(String user) {
        return user == null || user.isBlank() ? UserId.HOUSEHOLD : UserId.of(user);
    }
}
