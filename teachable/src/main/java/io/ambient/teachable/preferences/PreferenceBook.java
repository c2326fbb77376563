package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;

/**
 * Where preferences are kept, as the preference dialog and the turn pipeline need it: read what applies
 * to a user (their own over the household's), and remember a statement. Implemented over the teachable
 * store.
 */
public interface PreferenceBook {

    /** The preferences a turn by {@code user} sees; {@code user} null means the household. */
    Preferences of(String user);

    /**
     * Remembers a preference for {@code user} (null: the household). Returns only once the change is
     * durable, so a confirmation spoken after it is never a lie; throws if it could not be stored.
     */
    void remember(String user, PreferenceStatement statement);
}
