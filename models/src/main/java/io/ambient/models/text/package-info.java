/**
 * Sentence encoding: text in, an {@link io.ambient.models.text.Embedding} tagged with its embedding space out.
 *
 * <ul>
 *   <li>{@link io.ambient.models.text.SentenceEncoder}: the port the rest of the runtime uses;</li>
 *   <li>{@link io.ambient.models.text.OnnxSentenceEncoder}: the implementation, built from an
 *       {@link io.ambient.models.text.EncoderSpec} with an {@link io.ambient.models.onnx.OnnxRuntimeAdapter}.
 *       Two specs are built in: {@code EncoderSpec.MINILM_L6_V2_Q} (mean pooling, the faster) and
 *       {@code EncoderSpec.BGE_SMALL_EN_V15_Q} (CLS pooling); both give L2-normalised 384-wide vectors;</li>
 *   <li>{@link io.ambient.models.text.WordPieceTokenizer}: a pure-Java BERT WordPiece tokenizer read from a
 *       Hugging Face tokenizer.json, producing {@link io.ambient.models.text.TokenizedText}; its ids are tested
 *       against the Hugging Face tokenizers library, so the hub needs no tokenizer native library.</li>
 * </ul>
 *
 * <pre>{@code
 * try (SentenceEncoder encoder = OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter)) {
 *     Embedding a = encoder.encode("turn on the lights");
 *     Embedding b = encoder.encode("switch the lights on");
 *     double similarity = a.dot(b);   // unit vectors: dot == cosine
 * }
 * }</pre>
 *
 * <p>Embeddings from different spaces are never compared: the helpers refuse, because a stored embedding is
 * only meaningful in the space it was made in.
 */
package io.ambient.models.text;
