package io.ambient.models.transform;

/**
 * The weights and biases of an affine map being trained, in doubles, with their Adam moments. Gradients are
 * applied as sums over a batch.
 */
final class AffineParameters {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    final int outputs;
    final int inputs;
    final double[][] weights;
    final double[] bias;
    private final double[][] mW;
    private final double[][] vW;
    private final double[] mB;
    private final double[] vB;
    private long step;

    private AffineParameters(double[][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
        this.outputs = weights.length;
        this.inputs = weights[0].length;
        this.mW = new double[outputs][inputs];
        this.vW = new double[outputs][inputs];
        this.mB = new double[outputs];
        this.vB = new double[outputs];
    }

    static AffineParameters of(EmbeddingTransform start) {
        float[][] w = start.weights();
        float[] b = start.bias();
        double[][] weights = new double[w.length][w[0].length];
        double[] bias = new double[b.length];
        for (int o = 0; o < w.length; o++) {
            for (int i = 0; i < w[o].length; i++) {
                weights[o][i] = w[o][i];
            }
            bias[o] = b[o];
        }
        return new AffineParameters(weights, bias);
    }

    /** {@code W x + b}, not normalised. */
    double[] map(float[] x) {
        double[] z = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            double[] row = weights[o];
            double s = bias[o];
            for (int i = 0; i < inputs; i++) {
                s += row[i] * x[i];
            }
            z[o] = s;
        }
        return z;
    }

    /** One Adam step with gradients already averaged over the batch. */
    void adamStep(double[][] gradWeights, double[] gradBias, double learningRate) {
        step++;
        double rate = learningRate * Math.sqrt(1 - StrictMath.pow(BETA2, step)) / (1 - StrictMath.pow(BETA1, step));
        for (int o = 0; o < outputs; o++) {
            update(weights[o], gradWeights[o], mW[o], vW[o], rate);
        }
        update(bias, gradBias, mB, vB, rate);
    }

    private static void update(double[] param, double[] grad, double[] m, double[] v, double rate) {
        for (int i = 0; i < param.length; i++) {
            double g = grad[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            param[i] -= rate * m[i] / (Math.sqrt(v[i]) + EPSILON);
        }
    }

    EmbeddingTransform toTransform(String from, String to) {
        float[][] w = new float[outputs][inputs];
        float[] b = new float[outputs];
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i < inputs; i++) {
                w[o][i] = (float) weights[o][i];
            }
            b[o] = (float) bias[o];
        }
        return new EmbeddingTransform(from, to, w, b);
    }
}
