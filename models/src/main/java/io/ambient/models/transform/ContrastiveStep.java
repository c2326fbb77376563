package io.ambient.models.transform;

/**
 * One training step of {@link ParaphraseAlignment}: forward pass of a batch of anchors through the affine map and
 * the normalisation, the contrastive and fidelity losses, their gradients back to the weights, and an Adam step.
 */
final class ContrastiveStep {
    private final AffineParameters params;
    private final double temperature;
    private final double fidelityWeight;
    private final double learningRate;

    ContrastiveStep(AffineParameters params, ParaphraseAlignment.Options options) {
        this.params = params;
        this.temperature = options.temperature();
        this.fidelityWeight = options.fidelityWeight();
        this.learningRate = options.learningRate();
    }

    /**
     * @param x        new-space rows
     * @param targets  unit old-space rows
     * @param groups   paraphrase group per row
     * @param batch    anchor rows
     * @param positive for each anchor, the row whose old vector it must retrieve
     * @return the batch's mean loss before the step
     */
    double apply(float[][] x, float[][] targets, int[] groups, int[] batch, int[] positive) {
        int n = batch.length;
        int out = params.outputs;
        double[][] unit = new double[n][];
        double[] norms = new double[n];
        for (int k = 0; k < n; k++) {
            double[] z = params.map(x[batch[k]]);
            double norm = Math.sqrt(dot(z, z));
            norms[k] = norm > 0 ? norm : 1;
            for (int o = 0; o < out; o++) {
                z[o] /= norms[k];
            }
            unit[k] = z;
        }
        double[][] gradW = new double[out][params.inputs];
        double[] gradB = new double[out];
        double loss = 0;
        for (int k = 0; k < n; k++) {
            double[] gradUnit = new double[out];
            loss += contrastive(k, unit[k], targets, groups, batch, positive, gradUnit);
            loss += fidelity(unit[k], targets[batch[k]], gradUnit);
            accumulate(unit[k], norms[k], gradUnit, x[batch[k]], 1.0 / n, gradW, gradB);
        }
        params.adamStep(gradW, gradB, learningRate);
        return loss / n;
    }

    /** Softmax cross-entropy of anchor k over the batch's positives; adds its gradient w.r.t. the unit vector. */
    private double contrastive(int k, double[] u, float[][] targets, int[] groups, int[] batch, int[] positive,
                               double[] gradUnit) {
        int n = batch.length;
        double[] logits = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            // A group-mate of the anchor is not a negative: it says the same thing.
            if (j != k && groups[batch[j]] == groups[batch[k]]) {
                logits[j] = Double.NEGATIVE_INFINITY;
                continue;
            }
            logits[j] = dot(u, targets[positive[j]]) / temperature;
            max = Math.max(max, logits[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            logits[j] = Math.exp(logits[j] - max);
            sum += logits[j];
        }
        for (int j = 0; j < n; j++) {
            double coefficient = (logits[j] / sum - (j == k ? 1 : 0)) / temperature;
            if (coefficient != 0) {
                float[] t = targets[positive[j]];
                for (int o = 0; o < gradUnit.length; o++) {
                    gradUnit[o] += coefficient * t[o];
                }
            }
        }
        return -Math.log(Math.max(logits[k] / sum, 1e-300));
    }

    private double fidelity(double[] u, float[] own, double[] gradUnit) {
        double loss = 0;
        for (int o = 0; o < u.length; o++) {
            double d = u[o] - own[o];
            loss += d * d;
            gradUnit[o] += 2 * fidelityWeight * d;
        }
        return fidelityWeight * loss;
    }

    /** Back through the normalisation (the Jacobian of z/|z| is (I - u u^T)/|z|) to the weights and biases. */
    private static void accumulate(double[] u, double norm, double[] gradUnit, float[] x, double scale,
                                   double[][] gradW, double[] gradB) {
        double along = dot(gradUnit, u);
        for (int o = 0; o < u.length; o++) {
            double g = (gradUnit[o] - along * u[o]) / norm * scale;
            gradB[o] += g;
            double[] row = gradW[o];
            for (int i = 0; i < x.length; i++) {
                row[i] += g * x[i];
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double dot(double[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
