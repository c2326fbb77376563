package io.ambient.teachable.moments;

import io.ambient.teachable.store.PhraseBook;
import io.ambient.teachable.store.UserId;

import java.util.List;

/**
 * Meanings taught in a teachable moment, kept as taught phrases in the store's {@link PhraseBook}: the
 * phrase expands to the one request it meant, so the turn pipeline's teaching stage applies it on the next
 * turn, and as something the user explicitly taught no learned rewrite overrides it.
 */
public final class StoredMeanings {
    private final PhraseBook phrases;

    public StoredMeanings(PhraseBook phrases) {
        this.phrases = phrases;
    }

    /**
     * From now on {@code phrase} said by {@code user} (null: the household) means {@code meaning}. Returns
     * once durable.
     *
     * @throws IllegalArgumentException for words the store cannot learn or an invalid user name
     * @throws io.ambient.teachable.store.StoreException when the store could not write it
     */
    public void teach(String user, String phrase, String meaning) {
        phrases.teach(user == null || user.isBlank() ? UserId.HOUSEHOLD : UserId.of(user), phrase, List.of(meaning));
    }
}
