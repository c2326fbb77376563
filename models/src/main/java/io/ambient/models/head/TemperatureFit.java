package io.ambient.models.head;

/**
 * Temperature scaling (Guo et al., 2017): the one scalar T minimising validation negative log-likelihood of
 * softmax(z / T). It changes confidence, never the argmax, so accuracy is untouched while the
 * out-of-domain threshold can work on honest probabilities.
 */
final class TemperatureFit {

    // 0.05..20 covers every head seen so far; a perfectly separable toy problem sits at the lower bound.
    private static final double LOG_MIN = StrictMath.log(0.05);
    private static final double LOG_MAX = StrictMath.log(20.0);
    private static final int ITERATIONS = 80;

    private TemperatureFit() {
    }

    /** Golden-section search over log T (NLL is unimodal in T); never worse than T = 1. */
    static float fit(float[][] logits, int[] labels) {
        if (logits.length == 0) {
            return 1f;
        }
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = LOG_MIN;
        double b = LOG_MAX;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = nll(logits, labels, (float) StrictMath.exp(c));
        double fd = nll(logits, labels, (float) StrictMath.exp(d));
        for (int i = 0; i < ITERATIONS; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = nll(logits, labels, (float) StrictMath.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = nll(logits, labels, (float) StrictMath.exp(d));
            }
        }
        float best = (float) StrictMath.exp((a + b) / 2);
        return nll(logits, labels, best) < nll(logits, labels, 1f) ? best : 1f;
    }

    /** Mean negative log-likelihood of the true labels at temperature {@code t}. */
    static double nll(float[][] logits, int[] labels, float t) {
        if (logits.length == 0) {
            return Double.NaN;
        }
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            total += negativeLogLikelihood(logits[i], labels[i], t);
        }
        return total / logits.length;
    }

    /** -log softmax(z / t)[label] by log-sum-exp, dividing in float as the ONNX graph does. */
    private static double negativeLogLikelihood(float[] z, int label, float t) {
        float max = Float.NEGATIVE_INFINITY;
        float[] scaled = new float[z.length];
        for (int c = 0; c < z.length; c++) {
            scaled[c] = z[c] / t;
            max = Math.max(max, scaled[c]);
        }
        double sum = 0;
        for (float v : scaled) {
            sum += StrictMath.exp(v - max);
        }
        return StrictMath.log(sum) - (scaled[label] - max);
    }
}
