package io.ambient.teachable.moments;

/**
 * Where a taught meaning is kept: from now on, {@code phrase} said by {@code user} means {@code meaning}
 * (words the hub understands). Implemented over the teachable store, whose rewrite stage applies it on
 * the next turn.
 */
public interface MeaningBook {

    /**
     * Remembers the meaning for {@code user} (null: the household). Returns only once the change is
     * durable; throws if it could not be stored.
     */
    void teach(String user, String phrase, String meaning);
}
