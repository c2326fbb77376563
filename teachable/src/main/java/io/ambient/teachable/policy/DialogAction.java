package io.ambient.teachable.policy;

import java.util.Optional;

/** What the music dialog can do next: ask about one attribute, or suggest a track ("more like this?"). */
public enum DialogAction {
    ASK_ENERGY(Attribute.ENERGY),
    ASK_GENRE(Attribute.GENRE),
    ASK_ERA(Attribute.ERA),
    SUGGEST(null);

    private final Attribute asks;

    DialogAction(Attribute asks) {
        this.asks = asks;
    }

    /** The attribute a question asks about; empty for {@link #SUGGEST}. */
    public Optional<Attribute> asks() {
        return Optional.ofNullable(asks);
    }

    /**
     * @throws IllegalArgumentException the name is not an action; the message lists them
     */
    public static DialogAction parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown dialog action '" + name + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
