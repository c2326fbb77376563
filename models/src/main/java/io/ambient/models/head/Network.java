package io.ambient.models.head;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mutable parameters of a head while it trains, with per-example forward and backward passes.
 *
 * <p>Weights are stored [out][in] while training, so the forward pass is a dot product over the embedding and
 * the backward pass a long axpy, the two loop shapes the JIT runs fastest; {@link #toHead} transposes them.
 *
 * <p>Confined to one {@link HeadTrainer#train} call. Gradients go into caller-owned {@link Gradients} so that
 * lanes can work in parallel without sharing anything they write.
 */
final class Network {

    final int[] sizes;
    final float[][] weights;
    final float[][] biases;

    /** Glorot-uniform weights from the seeded generator, zero biases: same seed, same start. */
    Network(int[] sizes, SplittableRandom random) {
        this.sizes = sizes.clone();
        int layers = sizes.length - 1;
        weights = new float[layers][];
        biases = new float[layers][];
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double limit = Math.sqrt(6.0 / (in + out));
            weights[l] = new float[in * out];
            for (int i = 0; i < weights[l].length; i++) {
                weights[l][i] = (float) ((random.nextDouble() * 2 - 1) * limit);
            }
            biases[l] = new float[out];
        }
    }

    int layerCount() {
        return weights.length;
    }

    /** Scratch space for one lane: activations and deltas of one example at a time. */
    final class Workspace {
        final float[][] activations = new float[sizes.length][];
        final float[][] deltas = new float[sizes.length][];
        final double[] probabilities = new double[sizes[sizes.length - 1]];

        Workspace() {
            for (int l = 1; l < sizes.length; l++) {
                activations[l] = new float[sizes[l]];
                deltas[l] = new float[sizes[l]];
            }
        }
    }

    /** Per-lane gradient sums; summed into the total in lane order, which keeps training deterministic. */
    final class Gradients {
        final float[][] weights = new float[layerCount()][];
        final float[][] biases = new float[layerCount()][];
        double loss;
        int correct;

        Gradients() {
            for (int l = 0; l < layerCount(); l++) {
                weights[l] = new float[Network.this.weights[l].length];
                biases[l] = new float[Network.this.biases[l].length];
            }
        }

        void clear() {
            for (int l = 0; l < layerCount(); l++) {
                java.util.Arrays.fill(weights[l], 0f);
                java.util.Arrays.fill(biases[l], 0f);
            }
            loss = 0;
            correct = 0;
        }

        void add(Gradients other) {
            for (int l = 0; l < layerCount(); l++) {
                addInto(weights[l], other.weights[l]);
                addInto(biases[l], other.biases[l]);
            }
            loss += other.loss;
            correct += other.correct;
        }

        private static void addInto(float[] target, float[] source) {
            for (int i = 0; i < target.length; i++) {
                target[i] += source[i];
            }
        }
    }

    /** Forward pass; returns the logits (the workspace's last activation). */
    float[] forward(float[] x, Workspace ws) {
        ws.activations[0] = x;
        for (int l = 0; l < layerCount(); l++) {
            float[] in = ws.activations[l];
            float[] out = ws.activations[l + 1];
            int ins = sizes[l];
            float[] w = weights[l];
            float[] b = biases[l];
            boolean relu = l < layerCount() - 1;
            for (int o = 0; o < out.length; o++) {
                float z = b[o] + dot(in, w, o * ins, ins);
                out[o] = relu ? Math.max(0f, z) : z;
            }
        }
        return ws.activations[layerCount()];
    }

    /** Dot product with four accumulators: the JIT keeps them in registers, about 3x a single running sum. */
    private static float dot(float[] x, float[] w, int offset, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += x[j] * w[offset + j];
            s1 += x[j + 1] * w[offset + j + 1];
            s2 += x[j + 2] * w[offset + j + 2];
            s3 += x[j + 3] * w[offset + j + 3];
        }
        for (; j < length; j++) {
            s0 += x[j] * w[offset + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Adds one example's loss and gradient. {@code classWeight} balances classes; {@code distillWeight} scales
     * KL(reference || p) and is 0 when there is no reference.
     */
    void accumulate(float[] x, int label, float classWeight, float[] reference, float distillWeight,
                    Workspace ws, Gradients g) {
        float[] logits = forward(x, ws);
        double[] p = ws.probabilities;
        Softmax.inPlace(logits, p);
        if (Softmax.argmax(logits) == label) {
            g.correct++;
        }
        double loss = -classWeight * StrictMath.log(Math.max(p[label], 1e-30));
        float[] delta = ws.deltas[layerCount()];
        for (int c = 0; c < p.length; c++) {
            double d = classWeight * (p[c] - (c == label ? 1 : 0));
            if (distillWeight > 0) {
                double q = reference[c];
                if (q > 0) {
                    loss += distillWeight * q * (StrictMath.log(q) - StrictMath.log(Math.max(p[c], 1e-30)));
                }
                d += distillWeight * (p[c] - q);
            }
            delta[c] = (float) d;
        }
        g.loss += loss;
        backward(ws, g);
    }

    private void backward(Workspace ws, Gradients g) {
        for (int l = layerCount() - 1; l >= 0; l--) {
            float[] in = ws.activations[l];
            float[] delta = ws.deltas[l + 1];
            int ins = sizes[l];
            float[] gw = g.weights[l];
            float[] gb = g.biases[l];
            for (int o = 0; o < delta.length; o++) {
                float d = delta[o];
                gb[o] += d;
                int row = o * ins;
                for (int i = 0; i < ins; i++) {
                    gw[row + i] += d * in[i];
                }
            }
            if (l > 0) {
                propagate(l, in, delta, ws.deltas[l]);
            }
        }
    }

    /** Delta of the hidden layer: W^T delta, masked by the ReLU. */
    private void propagate(int layer, float[] hidden, float[] delta, float[] target) {
        int ins = sizes[layer];
        float[] w = weights[layer];
        java.util.Arrays.fill(target, 0f);
        for (int o = 0; o < delta.length; o++) {
            float d = delta[o];
            int row = o * ins;
            for (int i = 0; i < ins; i++) {
                target[i] += d * w[row + i];
            }
        }
        for (int i = 0; i < ins; i++) {
            if (hidden[i] <= 0f) {
                target[i] = 0f;
            }
        }
    }

    /** Converts the training layout [out][in] to the exported layout [in][out]. */
    TrainedHead toHead(List<String> labels, float temperature) {
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 0; l < layerCount(); l++) {
            int ins = sizes[l];
            int outs = sizes[l + 1];
            float[] exported = new float[ins * outs];
            for (int o = 0; o < outs; o++) {
                for (int i = 0; i < ins; i++) {
                    exported[i * outs + o] = weights[l][o * ins + i];
                }
            }
            Activation act = l < layerCount() - 1 ? Activation.RELU : Activation.NONE;
            layers.add(new DenseLayer(ins, outs, exported, biases[l], act));
        }
        return new TrainedHead(labels, layers, temperature);
    }
}
