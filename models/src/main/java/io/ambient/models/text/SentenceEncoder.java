package io.ambient.models.text;

import java.util.List;

/**
 * Turns text into a fixed-width embedding in one embedding space. Implementations are thread-safe and
 * deterministic: the same text gives the same vector on every call.
 */
public interface SentenceEncoder extends AutoCloseable {

    /** Encodes one sentence. */
    Embedding encode(String text);

    /** Encodes several sentences at once; the result is in the order given and equals encoding one by one. */
    List<Embedding> encodeBatch(List<String> texts);

    /** The embedding space every vector from this encoder belongs to. */
    String spaceId();

    /** Width of every vector. */
    int dimensions();

    /** Frees the model; encoding afterwards fails. */
    @Override
    void close();
}
