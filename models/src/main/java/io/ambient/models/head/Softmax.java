package io.ambient.models.head;

/**
 * Numerically stable softmax shared by training, calibration and prediction, so they agree exactly.
 * StrictMath, not Math: Math.exp may be a CPU-specific intrinsic, and training must give the same bits on
 * every machine.
 */
final class Softmax {

    private Softmax() {
    }

    /** {@code softmax(logits / temperature)}: divides in float first, as the ONNX graph's Div does. */
    static float[] probabilities(float[] logits, float temperature) {
        float[] scaled = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            scaled[i] = logits[i] / temperature;
        }
        double[] p = new double[logits.length];
        inPlace(scaled, p);
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = (float) p[i];
        }
        return out;
    }

    /** Writes softmax(z) into {@code p}. */
    static void inPlace(float[] z, double[] p) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = StrictMath.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= sum;
        }
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
