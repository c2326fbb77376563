package io.ambient.context.nlu;

import java.util.List;
import java.util.Objects;

/**
 * Text after normalisation: lowercase words without punctuation, contractions expanded and fillers
 * removed. Every later step works on {@link #tokens()}, so spans are token indexes into this list.
 *
 * @param original the text as heard or typed
 * @param text     the tokens joined by single spaces
 * @param tokens   the words
 */
public record NormalizedText(String original, String text, List<String> tokens) {
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        tokens = List.copyOf(tokens);
        text = String.join(" ", tokens);
    }

    public int size() {
        return tokens.size();
    }

    public String token(int i) {
        return tokens.get(i);
    }

    /** The words from {@code start} (inclusive) to {@code end} (exclusive), joined by spaces. */
    public String words(int start, int end) {
        return String.join(" ", tokens.subList(Math.max(0, start), Math.min(end, tokens.size())));
    }
}
