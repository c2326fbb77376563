package io.ambient.models.pkg;

/** What a model package contains; decides who may load it. */
public enum ModelKind {
    /** A classifier over sentence embeddings (labels and probabilities). */
    INTENT_HEAD,
    /** A sentence encoder (tokenizer plus ONNX graph) defining an embedding space. */
    ENCODER,
    /** A learned map from a new encoder's space into an older one (backward-compatible embeddings, issue 6). */
    EMBEDDING_TRANSFORM,
    /** A speech recogniser model. */
    ASR
}
