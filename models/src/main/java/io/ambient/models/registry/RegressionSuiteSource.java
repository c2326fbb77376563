package io.ambient.models.registry;

import io.ambient.models.text.Embedding;

import java.util.List;
import java.util.Objects;

/**
 * Port: what users taught the hub, for the gate's "zero flips on taught phrases". Filled by the teachable
 * store (taught phrases with their stored embeddings, active rewrites with the text they rewrite to); empty
 * where the store does not exist.
 */
@FunctionalInterface
public interface RegressionSuiteSource {

    /** Nothing taught. */
    RegressionSuiteSource NONE = List::of;

    List<Phrase> phrases();

    /**
     * One taught phrase or active rewrite, and what must not change about it.
     *
     * @param id            stable id in the store
     * @param text          the text as the model will read it (a taught phrase's step, a rewrite's target)
     * @param intent        the intent it must keep getting, or null
     * @param stored        its embedding as stored (in the serving model's space), or null when none is stored;
     *                      the candidate must find it again, first among all stored ones, without re-indexing
     * @param keepIntent    whether the candidate must give the intent the serving model gives today
     */
    record Phrase(String id, String text, String intent, Embedding stored, boolean keepIntent) {
        public Phrase {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }

        /** A text whose understanding must stay as it is served today (a taught step, a rewrite's target). */
        public static Phrase keepingIntent(String id, String text) {
            return new Phrase(id, text, null, null, true);
        }

        /** A stored embedding that must still be found from its text (a taught phrase matched by similarity). */
        public static Phrase storedEmbedding(String id, String text, Embedding stored) {
            return new Phrase(id, text, null, Objects.requireNonNull(stored, "stored"), false);
        }
    }
}
