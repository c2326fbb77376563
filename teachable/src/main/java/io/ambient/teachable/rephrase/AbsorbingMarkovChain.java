package io.ambient.teachable.rephrase;

/**
 * An absorbing Markov chain in canonical form: {@code t} transient states with transitions {@code Q}
 * ({@code t x t}) among themselves and {@code R} ({@code t x a}) into {@code a} absorbing states; every row of
 * {@code [Q R]} sums to one. From it:
 *
 * <ul>
 *   <li>the fundamental matrix {@code N = (I - Q)^-1}: {@code N[i][j]} is the expected number of visits to
 *       transient state j when starting in i;</li>
 *   <li>the absorption probabilities {@code B = N R}: {@code B[i][k]} is the probability of ending in absorbing
 *       state k when starting in i (each row sums to one);</li>
 *   <li>the expected number of steps before absorption {@code t = N 1}.</li>
 * </ul>
 *
 * <p>The matrices here are small (one row per cluster of failed utterances of a household), so a dense
 * Gauss-Jordan inversion is exact enough and fast; no linear-algebra library is needed.
 */
public final class AbsorbingMarkovChain {
    private static final double ROW_SUM_TOLERANCE = 1e-9;

    private final double[][] q;
    private final double[][] r;
    private final double[][] fundamental;

    private AbsorbingMarkovChain(double[][] q, double[][] r, double[][] fundamental) {
        this.q = q;
        this.r = r;
        this.fundamental = fundamental;
    }

    /**
     * @throws IllegalArgumentException the shapes do not fit, a probability is negative, a row of {@code [Q R]}
     *                                  does not sum to one, or some transient state can never be absorbed
     *                                  ({@code I - Q} is singular)
     */
    public static AbsorbingMarkovChain of(double[][] q, double[][] r) {
        int t = q.length;
        if (r.length != t) {
            throw new IllegalArgumentException("Q has " + t + " rows but R has " + r.length);
        }
        int a = t == 0 ? 0 : r[0].length;
        for (int i = 0; i < t; i++) {
            if (q[i].length != t || r[i].length != a) {
                throw new IllegalArgumentException("row " + i + ": Q must be " + t + "x" + t + " and R " + t + "x" + a);
            }
            double sum = 0;
            for (double p : q[i]) {
                sum += requireProbability(p, i);
            }
            for (double p : r[i]) {
                sum += requireProbability(p, i);
            }
            if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException("row " + i + " of [Q R] sums to " + sum + ", not 1");
            }
        }
        double[][] identityMinusQ = new double[t][t];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                identityMinusQ[i][j] = (i == j ? 1 : 0) - q[i][j];
            }
        }
        double[][] n = DenseMatrices.inverse(identityMinusQ);
        return new AbsorbingMarkovChain(DenseMatrices.copy(q), DenseMatrices.copy(r), n);
    }

    private static double requireProbability(double p, int row) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("row " + row + " holds " + p + ", not a probability");
        }
        return p;
    }

    public int transientStates() {
        return q.length;
    }

    public int absorbingStates() {
        return q.length == 0 ? 0 : r[0].length;
    }

    /** {@code N = (I - Q)^-1}; a copy. */
    public double[][] fundamentalMatrix() {
        return DenseMatrices.copy(fundamental);
    }

    /** {@code B = N R}; a new matrix on each call. */
    public double[][] absorptionProbabilities() {
        return DenseMatrices.multiply(fundamental, r);
    }

    /** {@code t = N 1}: expected transitions before absorption, per starting transient state. */
    public double[] expectedStepsToAbsorption() {
        double[] steps = new double[fundamental.length];
        for (int i = 0; i < fundamental.length; i++) {
            for (double visits : fundamental[i]) {
                steps[i] += visits;
            }
        }
        return steps;
    }
}
