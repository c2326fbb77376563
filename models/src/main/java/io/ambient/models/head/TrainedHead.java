package io.ambient.models.head;

import java.util.List;
import java.util.Objects;

/**
 * A trained intent head: layers over a fixed sentence embedding, then {@code softmax(logits / temperature)}.
 *
 * <p>{@link #predict} is the plain-Java reference used during training and by the ONNX parity tests; the
 * runtime serves the same head through ONNX Runtime ({@link OnnxIntentHead}).
 *
 * @param labels      label names, index = output position; distinct
 * @param layers      one layer (softmax regression) or a ReLU hidden layer followed by the output layer
 * @param temperature calibration temperature fitted on the validation split; 1 means uncalibrated
 */
public record TrainedHead(List<String> labels, List<DenseLayer> layers, float temperature) {

    public TrainedHead {
        labels = List.copyOf(labels);
        layers = List.copyOf(layers);
        Checks.require(labels.size() >= 2, "a head needs at least 2 labels, had " + labels.size());
        Checks.require(labels.stream().distinct().count() == labels.size(), "labels must be distinct: " + labels);
        Checks.require(!layers.isEmpty() && layers.size() <= 2, "a head has 1 or 2 layers, had " + layers.size());
        Checks.require(temperature > 0 && Float.isFinite(temperature), "temperature must be > 0, was " + temperature);
        for (int i = 1; i < layers.size(); i++) {
            Checks.require(layers.get(i - 1).outputs() == layers.get(i).inputs(), "layer " + i + " does not fit layer " + (i - 1));
        }
        DenseLayer last = layers.get(layers.size() - 1);
        Checks.require(last.outputs() == labels.size(),
                "the last layer has " + last.outputs() + " outputs for " + labels.size() + " labels");
        Checks.require(last.activation() == Activation.NONE, "the last layer must produce raw logits");
        for (int i = 0; i < layers.size() - 1; i++) {
            Checks.require(layers.get(i).activation() == Activation.RELU, "hidden layers use ReLU");
        }
    }

    /** The embedding width this head expects. */
    public int inputSize() {
        return layers.get(0).inputs();
    }

    /** Width of the hidden layer, 0 for a linear head. */
    public int hiddenSize() {
        return layers.size() == 1 ? 0 : layers.get(0).outputs();
    }

    /** Raw logits, before temperature and softmax. */
    public float[] logits(float[] embedding) {
        Objects.requireNonNull(embedding, "embedding");
        Checks.require(embedding.length == inputSize(),
                "embedding must have " + inputSize() + " values, had " + embedding.length);
        float[] current = embedding;
        for (DenseLayer layer : layers) {
            float[] next = new float[layer.outputs()];
            layer.apply(current, next);
            current = next;
        }
        return current;
    }

    /** Calibrated probabilities, one per label, in label order. */
    public float[] predict(float[] embedding) {
        return Softmax.probabilities(logits(embedding), temperature);
    }

    /** {@link #predict} for each row. */
    public float[][] predictBatch(float[][] embeddings) {
        float[][] out = new float[embeddings.length][];
        for (int i = 0; i < embeddings.length; i++) {
            out[i] = predict(embeddings[i]);
        }
        return out;
    }

    /** Index of the most probable label. */
    public int argmax(float[] embedding) {
        return Softmax.argmax(logits(embedding));
    }

    /** The same weights with another temperature. */
    public TrainedHead withTemperature(float value) {
        return new TrainedHead(labels, layers, value);
    }
}
