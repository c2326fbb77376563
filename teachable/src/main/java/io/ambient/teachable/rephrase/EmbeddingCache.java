package io.ambient.teachable.rephrase;

import io.ambient.models.text.Embedding;
import io.ambient.models.text.SentenceEncoder;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Encodes each distinct normalised utterance once (and remembers normalised forms and content words). Logs repeat the same few hundred sentences thousands of
 * times, so mining a log costs one encoder call per distinct sentence, not per line. Not thread-safe: one
 * mining run owns one cache. Does not close the encoder, which belongs to the caller.
 */
public final class EmbeddingCache {
    private final SentenceEncoder encoder;
    private final Map<String, Embedding> byText = new HashMap<>();
    private final Map<String, String> normalisedByRaw = new HashMap<>();
    private final Map<String, Set<String>> wordsByRaw = new HashMap<>();

    public EmbeddingCache(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    public Embedding embed(String text) {
        return byText.computeIfAbsent(normalise(text), encoder::encode);
    }

    /** {@link Utterances#normalise}, remembered: mining compares the same few sentences millions of times. */
    public String normalise(String text) {
        return normalisedByRaw.computeIfAbsent(text, Utterances::normalise);
    }

    /** {@link Utterances#wordOverlap}, with each sentence's content words remembered. */
    public double wordOverlap(String a, String b) {
        return Utterances.jaccard(wordsByRaw.computeIfAbsent(a, Utterances::contentWords),
                wordsByRaw.computeIfAbsent(b, Utterances::contentWords));
    }

    public String spaceId() {
        return encoder.spaceId();
    }

    /** How many distinct sentences were encoded. */
    public int size() {
        return byText.size();
    }
}
