package io.ambient.models.text;

import java.util.Arrays;

/**
 * A sentence embedding, tagged with the embedding space it lives in. Vectors from different spaces are not
 * comparable (a stored embedding keeps its space id forever; see the model-update rules), so the similarity
 * helpers refuse to mix them.
 *
 * @param vector  the components; copied in and out
 * @param spaceId the embedding space, e.g. {@code all-minilm-l6-v2-q}
 */
public record Embedding(float[] vector, String spaceId) {

    public Embedding {
        if (vector == null || vector.length == 0) {
            throw new IllegalArgumentException("an embedding needs at least one dimension");
        }
        if (spaceId == null || spaceId.isBlank()) {
            throw new IllegalArgumentException("an embedding needs a space id, was '" + spaceId + "'");
        }
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    public int dimensions() {
        return vector.length;
    }

    /** Euclidean length; 1 (within float rounding) for the encoders here, which L2-normalise. */
    public double norm() {
        return Math.sqrt(dotUnchecked(vector, vector));
    }

    /** Dot product; equals cosine similarity when both vectors are unit length. */
    public double dot(Embedding other) {
        requireSameSpace(other);
        return dotUnchecked(vector, other.vector);
    }

    /** Cosine similarity in [-1, 1], whatever the vectors' lengths; 0 if either is all zeros. */
    public double cosine(Embedding other) {
        requireSameSpace(other);
        double norms = norm() * other.norm();
        return norms == 0 ? 0 : dotUnchecked(vector, other.vector) / norms;
    }

    private void requireSameSpace(Embedding other) {
        if (!spaceId.equals(other.spaceId)) {
            throw new IllegalArgumentException("cannot compare embeddings from space '" + spaceId + "' and '"
                    + other.spaceId + "'");
        }
        if (vector.length != other.vector.length) {
            throw new IllegalArgumentException("embeddings differ in dimensions: " + vector.length + " and "
                    + other.vector.length);
        }
    }

    private static double dotUnchecked(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && spaceId.equals(that.spaceId) && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return 31 * spaceId.hashCode() + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "Embedding[" + spaceId + ", " + vector.length + " dims]";
    }
}
