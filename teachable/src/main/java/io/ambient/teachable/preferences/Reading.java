package io.ambient.teachable.preferences;

/** What the words said about a preference: a value, or why no value could be taken from them. */
public sealed interface Reading {

    /** A value was understood. */
    record Understood(PreferenceStatement statement) implements Reading { }

    /**
     * The words were about this preference but gave no usable value ("I like it at 45 degrees").
     *
     * @param reason a sentence for the user saying what was wrong
     */
    record Unclear(String key, String reason) implements Reading { }
}
