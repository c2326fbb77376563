package io.ambient.models.transform;

import io.ambient.models.text.Embedding;
import io.ambient.models.text.SentenceEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A new encoder seen through its transform: every vector it gives is in the old space, comparable with the
 * embeddings stored under the old encoder. Closing closes the wrapped encoder.
 */
public final class TransformedEncoder implements SentenceEncoder {
    private final SentenceEncoder encoder;
    private final EmbeddingTransform transform;

    public TransformedEncoder(SentenceEncoder encoder, EmbeddingTransform transform) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.transform = Objects.requireNonNull(transform, "transform");
        if (!encoder.spaceId().equals(transform.from()) || encoder.dimensions() != transform.inputs()) {
            throw new IllegalArgumentException(transform + " does not take the " + encoder.dimensions()
                    + "-wide vectors of " + encoder.spaceId());
        }
    }

    @Override
    public Embedding encode(String text) {
        return new Embedding(transform.apply(encoder.encode(text).vector()), transform.to());
    }

    @Override
    public List<Embedding> encodeBatch(List<String> texts) {
        List<Embedding> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(encode(t));
        }
        return out;
    }

    @Override
    public String spaceId() {
        return transform.to();
    }

    @Override
    public int dimensions() {
        return transform.outputs();
    }

    /** The space the wrapped encoder works in. */
    public String nativeSpaceId() {
        return encoder.spaceId();
    }

    @Override
    public void close() {
        encoder.close();
    }
}
