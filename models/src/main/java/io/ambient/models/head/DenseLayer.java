package io.ambient.models.head;

import java.util.Arrays;
import java.util.Objects;

/**
 * One affine layer {@code y = act(x W + b)}.
 *
 * <p>{@code weights} is row-major {@code [inputs][outputs]}: exactly the layout of the ONNX MatMul initializer,
 * so the writer copies it as is. The arrays are copied in and out; equality compares their contents so two
 * heads trained with the same seed compare equal.
 */
public record DenseLayer(int inputs, int outputs, float[] weights, float[] biases, Activation activation) {

    public DenseLayer {
        Checks.require(inputs > 0 && outputs > 0, "layer dimensions must be positive, were " + inputs + "x" + outputs);
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(biases, "biases");
        Objects.requireNonNull(activation, "activation");
        Checks.require(weights.length == (long) inputs * outputs,
                "weights must have " + inputs + "*" + outputs + " values, had " + weights.length);
        Checks.require(biases.length == outputs, "biases must have " + outputs + " values, had " + biases.length);
        for (float w : weights) {
            Checks.require(Float.isFinite(w), "weights must be finite");
        }
        for (float b : biases) {
            Checks.require(Float.isFinite(b), "biases must be finite");
        }
        weights = weights.clone();
        biases = biases.clone();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public float[] biases() {
        return biases.clone();
    }

    /** Applies the layer without copying: the hot path of {@link TrainedHead#predict}. */
    void apply(float[] in, float[] out) {
        System.arraycopy(biases, 0, out, 0, outputs);
        for (int i = 0; i < inputs; i++) {
            float xi = in[i];
            if (xi == 0f) {
                continue;
            }
            int row = i * outputs;
            for (int o = 0; o < outputs; o++) {
                out[o] += xi * weights[row + o];
            }
        }
        if (activation == Activation.RELU) {
            for (int o = 0; o < outputs; o++) {
                out[o] = Math.max(0f, out[o]);
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DenseLayer that
                && inputs == that.inputs && outputs == that.outputs && activation == that.activation
                && Arrays.equals(weights, that.weights) && Arrays.equals(biases, that.biases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inputs, outputs, activation, Arrays.hashCode(weights), Arrays.hashCode(biases));
    }

    @Override
    public String toString() {
        return "DenseLayer[" + inputs + "x" + outputs + ", " + activation + "]";
    }
}
