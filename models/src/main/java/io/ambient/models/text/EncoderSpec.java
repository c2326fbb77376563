package io.ambient.models.text;

import java.util.List;

/**
 * What it takes to run one sentence encoder: its ONNX graph and tokenizer on the classpath, how token vectors
 * become one sentence vector, and the embedding space its vectors belong to. Every encoder built from a spec
 * L2-normalises its output, so a dot product is a cosine similarity.
 *
 * @param id                the encoder's name, for logs and manifests
 * @param onnxResource      classpath resource of the ONNX graph
 * @param tokenizerResource classpath resource of its Hugging Face tokenizer.json
 * @param pooling           how token vectors are combined: the model was trained for one of them
 * @param dimensions        width of the sentence vector
 * @param spaceId           the embedding space stored vectors are tagged with
 * @param maxTokens         the longest token sequence fed to the model, special tokens included
 */
public record EncoderSpec(String id, String onnxResource, String tokenizerResource, Pooling pooling,
                          int dimensions, String spaceId, int maxTokens) {

    /** How the per-token outputs of the model become one sentence vector. */
    public enum Pooling {
        /** Average of the token vectors under the attention mask (sentence-transformers' MiniLM). */
        MEAN,
        /** The vector of the first ([CLS]) token (BGE). */
        CLS
    }

    /** all-MiniLM-L6-v2, int8-quantised: fast (about 1 ms per command on an x86 core), mean pooling. */
    public static final EncoderSpec MINILM_L6_V2_Q = new EncoderSpec("all-minilm-l6-v2-q",
            "models/encoders/all-minilm-l6-v2-q.onnx", "models/encoders/all-minilm-l6-v2-q-tokenizer.json",
            Pooling.MEAN, 384, "all-minilm-l6-v2-q", 128);

    /** bge-small-en-v1.5, int8-quantised: about three times slower than MiniLM, CLS pooling. */
    public static final EncoderSpec BGE_SMALL_EN_V15_Q = new EncoderSpec("bge-small-en-v1.5-q",
            "models/encoders/bge-small-en-v1.5-q.onnx", "models/encoders/bge-small-en-v1.5-q-tokenizer.json",
            Pooling.CLS, 384, "bge-small-en-v1.5-q", 128);

    /** The encoders this runtime bundles, by which packages name them. */
    public static final List<EncoderSpec> BUILT_IN = List.of(MINILM_L6_V2_Q, BGE_SMALL_EN_V15_Q);

    public EncoderSpec {
        requireText(id, "id");
        requireText(onnxResource, "onnxResource");
        requireText(tokenizerResource, "tokenizerResource");
        requireText(spaceId, "spaceId");
        if (pooling == null) {
            throw new IllegalArgumentException("pooling of encoder '" + id + "' must not be null");
        }
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions of encoder '" + id + "' must be positive, was " + dimensions);
        }
        if (maxTokens < 3) {
            throw new IllegalArgumentException("maxTokens of encoder '" + id + "' must be at least 3, was " + maxTokens);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be non-blank, was '" + value + "'");
        }
    }
}
