package io.ambient.models.head;

import io.ambient.models.pkg.SemanticVersion;
import java.util.Map;
import java.util.Objects;

/**
 * What a head's manifest says beyond the head itself.
 *
 * @param id                 model id, e.g. {@code intent}
 * @param version            the package version
 * @param parentVersion      the version this head was trained from (with distillation), or null
 * @param encoder            the encoder spec id whose embeddings the head reads
 * @param embeddingSpaceId   that encoder's embedding space
 * @param trainingDataDigest sha256 hex of the training data
 * @param metrics            evaluation metrics (e.g. {@link TrainingResult#metrics()})
 * @param createdAt          ISO-8601 instant; pass a fixed one for a reproducible package
 */
public record HeadPackageInfo(
        String id, SemanticVersion version, SemanticVersion parentVersion, String encoder, String embeddingSpaceId,
        String trainingDataDigest, Map<String, Double> metrics, String createdAt) {

    public HeadPackageInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(embeddingSpaceId, "embeddingSpaceId");
        Objects.requireNonNull(trainingDataDigest, "trainingDataDigest");
        metrics = Map.copyOf(metrics);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
