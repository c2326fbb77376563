package io.ambient.teachable.store;

import io.ambient.context.nlu.Normalizer;

/** The one normalisation of taught words, so "Movie time!" taught matches "movie time" said. */
public final class Phrases {
    private Phrases() { }

    /** Lower case, punctuation and fillers gone, single spaces; blank input is refused. */
    public static String normalize(String text) {
        String normalized = Normalizer.normalize(text).text();
        if (normalized.isBlank()) {
            throw new IllegalArgumentException("'" + text + "' has no words to learn");
        }
        if (normalized.length() > RecordKey.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("'" + text.substring(0, 40) + "...' is too long to learn ("
                    + normalized.length() + " characters, at most " + RecordKey.MAX_KEY_LENGTH + ")");
        }
        return normalized;
    }
}
