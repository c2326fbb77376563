package io.ambient.models.head;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fixed sentence embeddings with their labels: what {@link HeadTrainer} learns from.
 *
 * <p>The outer arrays are copied; the embedding rows are shared, not copied (20k x 384 floats is 30 MB), so
 * callers must not modify them while training runs.
 *
 * @param embeddings   one row per example, all the same width
 * @param labels       label index per example, in [0, labelNames.size())
 * @param labelNames   the label set, index = output position of the head
 * @param distillation the previous head's probabilities per example, or null when training from scratch
 */
public record TrainingData(float[][] embeddings, int[] labels, List<String> labelNames, DistillationReference distillation) {

    public TrainingData {
        Objects.requireNonNull(embeddings, "embeddings");
        Objects.requireNonNull(labels, "labels");
        labelNames = List.copyOf(labelNames);
        Checks.require(embeddings.length > 0, "no training examples");
        Checks.require(embeddings.length == labels.length,
                embeddings.length + " embeddings but " + labels.length + " labels");
        Checks.require(labelNames.size() >= 2, "at least 2 labels are needed, had " + labelNames.size());
        Checks.require(labelNames.stream().distinct().count() == labelNames.size(), "label names must be distinct");
        embeddings = embeddings.clone();
        labels = labels.clone();
        int width = embeddings[0].length;
        Checks.require(width > 0, "embeddings must not be empty");
        for (int i = 0; i < embeddings.length; i++) {
            Checks.require(embeddings[i] != null && embeddings[i].length == width,
                    "embedding " + i + " does not have width " + width);
            Checks.require(labels[i] >= 0 && labels[i] < labelNames.size(), "label " + labels[i] + " of example " + i + " is out of range");
        }
        if (distillation != null) {
            float[][] ref = distillation.probabilities();
            Checks.require(ref.length == embeddings.length, "distillation has " + ref.length + " rows for " + embeddings.length + " examples");
            for (int i = 0; i < ref.length; i++) {
                Checks.require(ref[i] != null && ref[i].length == labelNames.size(), "distillation row " + i + " does not have one value per label");
            }
        }
    }

    public static TrainingData of(float[][] embeddings, int[] labels, List<String> labelNames) {
        return new TrainingData(embeddings, labels, labelNames, null);
    }

    public TrainingData withDistillation(DistillationReference reference) {
        return new TrainingData(embeddings, labels, labelNames, reference);
    }

    @Override
    public float[][] embeddings() {
        return embeddings.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    public Optional<DistillationReference> distillationReference() {
        return Optional.ofNullable(distillation);
    }

    public int size() {
        return labels.length;
    }

    public int width() {
        return embeddings[0].length;
    }

    float[] row(int example) {
        return embeddings[example];
    }

    int label(int example) {
        return labels[example];
    }

    /**
     * sha256 (hex) of the label names, labels and embedding bits in order: a fallback training-data digest for
     * callers that have no sentence corpus to digest. Same data, same digest.
     */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : labelNames) {
                byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(utf8.length).array());
                sha.update(utf8);
            }
            ByteBuffer row = ByteBuffer.allocate(4 + 4 * width()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < labels.length; i++) {
                row.clear();
                row.putInt(labels[i]);
                for (float v : embeddings[i]) {
                    row.putFloat(v);
                }
                sha.update(row.array());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "TrainingData[" + size() + " x " + width() + ", " + labelNames.size() + " labels"
                + (distillation == null ? "" : ", distilled") + "]";
    }
}
