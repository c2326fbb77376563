package io.ambient.teachable.rephrase;

/**
 * How alike two utterances are in meaning: a weighted sum of the cosine similarity of their sentence
 * embeddings and the overlap of their content words.
 *
 * <p>Why both: the embedding sees that "lights up in the kitchen" and "turn on the kitchen lights" ask for the
 * same thing although they share one content word; the word overlap keeps two requests that merely sound alike
 * to the encoder ("turn on the heating" after "turn on the kitchen lights" scores a high cosine on MiniLM
 * because the frame is shared) from counting as one, because their content words differ. The weights and
 * thresholds are set from MiniLM scores of the project's own pairs (measured in {@code RephraseSimilarityTest}
 * and listed in docs/benchmarks.md): rephrases of one request score 0.55-0.85 combined, different requests of
 * the same user below 0.45.
 *
 * @param embeddingWeight weight of the cosine similarity; the word overlap gets the rest
 * @param rephraseThreshold combined score from which a new request counts as a rephrase of a failed one
 */
public record RephraseSimilarity(double embeddingWeight, double rephraseThreshold) {

    /** 0.8 embedding + 0.2 word overlap, rephrase from 0.5: see the class comment for where they come from. */
    public static final RephraseSimilarity DEFAULT = new RephraseSimilarity(0.8, 0.5);

    public RephraseSimilarity {
        if (!(embeddingWeight >= 0 && embeddingWeight <= 1)) {
            throw new IllegalArgumentException("embeddingWeight must be in [0, 1], was " + embeddingWeight);
        }
        if (!(rephraseThreshold > 0 && rephraseThreshold <= 1)) {
            throw new IllegalArgumentException("rephraseThreshold must be in (0, 1], was " + rephraseThreshold);
        }
    }

    /** The combined similarity of two utterances, in [-1, 1] (in practice [0, 1]). */
    public double score(String a, String b, EmbeddingCache embeddings) {
        double cosine = embeddings.embed(a).dot(embeddings.embed(b));
        return embeddingWeight * cosine + (1 - embeddingWeight) * embeddings.wordOverlap(a, b);
    }

    public boolean isRephrase(String earlier, String later, EmbeddingCache embeddings) {
        return score(earlier, later, embeddings) >= rephraseThreshold;
    }
}
