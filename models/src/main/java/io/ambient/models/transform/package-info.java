/**
 * Backward-compatible embeddings: a learned affine map from a new encoder's space into an older one, so a
 * model update with a new encoder can still be compared with every embedding the hub stored under the old
 * encoder, without re-embedding any of them.
 *
 * <p>{@link io.ambient.models.transform.EmbeddingTransform} is the map and its file format (shipped in a model
 * package as {@value io.ambient.models.transform.EmbeddingTransform#FILE}),
 * {@link io.ambient.models.transform.LeastSquaresFit} learns one from paired embeddings, and
 * {@link io.ambient.models.transform.TransformedEncoder} is an encoder whose output lands in the old space.
 */
package io.ambient.models.transform;
