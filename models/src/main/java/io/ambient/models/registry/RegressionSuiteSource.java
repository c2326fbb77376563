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
     * One taught phrase or active rewrite.
     *
     * @param id       stable id in the store
     * @param text     the phrase as the model will read it (for a rewrite: the text it rewrites to)
     * @param intent   the intent it must keep getting, or null when the phrase is matched by its embedding only
     * @param stored   its embedding as stored (in the serving model's space), or null when none is stored
     */
    record Phrase(String id, String text, String intent, Embedding stored) {
        public Phrase {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }
}
