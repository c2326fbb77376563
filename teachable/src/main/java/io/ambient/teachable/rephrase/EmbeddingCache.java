package io.ambient.teachable.rephrase;

import io.ambient.models.text.Embedding;
import io.ambient.models.text.SentenceEncoder;

import java.util.HashMap;
import java.util.Map;

/**
 * Encodes each distinct normalised utterance once. Logs repeat the same few hundred sentences thousands of
 * times, so mining a log costs one encoder call per distinct sentence, not per line. Not thread-safe: one
 * mining run owns one cache. Does not close the encoder, which belongs to the caller.
 */
public final class EmbeddingCache {
    private final SentenceEncoder encoder;
    private final Map<String, Embedding> byText = new HashMap<>();

    public EmbeddingCache(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    public Embedding embed(String text) {
        return byText.computeIfAbsent(Utterances.normalise(text), encoder::encode);
    }

    public String spaceId() {
        return encoder.spaceId();
    }

    /** How many distinct sentences were encoded. */
    public int size() {
        return byText.size();
    }
}
