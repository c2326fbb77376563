package io.ambient.models.head;

/**
 * Adam over the network's parameter arrays, with L2 added to the weight gradients (not the biases).
 * Moments are kept in double so that long runs do not drift through float rounding.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double l2;
    private final double[][] mW;
    private final double[][] vW;
    private final double[][] mB;
    private final double[][] vB;
    private long step;

    Adam(Network net, double learningRate, double l2) {
        this.learningRate = learningRate;
        this.l2 = l2;
        int layers = net.layerCount();
        mW = new double[layers][];
        vW = new double[layers][];
        mB = new double[layers][];
        vB = new double[layers][];
        for (int l = 0; l < layers; l++) {
            mW[l] = new double[net.weights[l].length];
            vW[l] = new double[net.weights[l].length];
            mB[l] = new double[net.biases[l].length];
            vB[l] = new double[net.biases[l].length];
        }
    }

    /** One step with gradients summed over {@code batchSize} examples. */
    void step(Network net, Network.Gradients sum, int batchSize) {
        step++;
        double scale = 1.0 / batchSize;
        double correction1 = 1 - StrictMath.pow(BETA1, step);
        double correction2 = 1 - StrictMath.pow(BETA2, step);
        double rate = learningRate * Math.sqrt(correction2) / correction1;
        for (int l = 0; l < net.layerCount(); l++) {
            update(net.weights[l], sum.weights[l], mW[l], vW[l], scale, l2, rate);
            update(net.biases[l], sum.biases[l], mB[l], vB[l], scale, 0, rate);
        }
    }

    private static void update(float[] param, float[] grad, double[] m, double[] v, double scale, double l2, double rate) {
        for (int i = 0; i < param.length; i++) {
            double g = grad[i] * scale + l2 * param[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            param[i] = (float) (param[i] - rate * m[i] / (Math.sqrt(v[i]) + EPSILON));
        }
    }
}
