package io.ambient.models.transform;

/**
 * Learns the affine map that best reproduces old-space embeddings from new-space embeddings of the same
 * sentences: ridge-regularised least squares, {@code min ||[X 1] B - Y||^2 + ridge ||W||^2}, solved exactly
 * through the normal equations with a Cholesky factorisation (a 385x385 system for 384-wide encoders).
 * Deterministic: plain loops in a fixed order, StrictMath-free arithmetic on doubles.
 */
public final class LeastSquaresFit {
    private final double ridge;

    /** @param ridge weight of the L2 penalty on the weights (not the bias), >= 0 */
    public LeastSquaresFit(double ridge) {
        if (!(ridge >= 0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("ridge must be >= 0, was " + ridge);
        }
        this.ridge = ridge;
    }

    /**
     * @param x new-space embeddings, one row per sentence
     * @param y old-space embeddings of the same sentences, same order
     */
    public EmbeddingTransform fit(float[][] x, float[][] y, String from, String to) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need the same number (> 0) of rows in both spaces, had "
                    + x.length + " and " + y.length);
        }
        int in = x[0].length;
        int out = y[0].length;
        int d = in + 1;
        double[][] gram = new double[d][d];
        double[][] cross = new double[d][out];
        double[] row = new double[d];
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < in; i++) {
                row[i] = x[n][i];
            }
            row[in] = 1;
            for (int i = 0; i < d; i++) {
                double ri = row[i];
                double[] g = gram[i];
                for (int j = i; j < d; j++) {
                    g[j] += ri * row[j];
                }
                double[] c = cross[i];
                for (int o = 0; o < out; o++) {
                    c[o] += ri * y[n][o];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                gram[i][j] = gram[j][i];
            }
        }
        for (int i = 0; i < in; i++) {
            gram[i][i] += ridge * x.length;
        }
        double[][] solution = Cholesky.solve(gram, cross);
        float[][] weights = new float[out][in];
        float[] bias = new float[out];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                weights[o][i] = (float) solution[i][o];
            }
            bias[o] = (float) solution[in][o];
        }
        return new EmbeddingTransform(from, to, weights, bias);
    }

    /** Solves {@code A X = B} for a symmetric positive definite A. */
    static final class Cholesky {
        private Cholesky() {
        }

        static double[][] solve(double[][] a, double[][] b) {
            int n = a.length;
            double[][] l = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = a[i][j];
                    for (int k = 0; k < j; k++) {
                        s -= l[i][k] * l[j][k];
                    }
                    if (i == j) {
                        if (s <= 0) {
                            throw new IllegalArgumentException("the system is not positive definite; add ridge");
                        }
                        l[i][i] = Math.sqrt(s);
                    } else {
                        l[i][j] = s / l[j][j];
                    }
                }
            }
            int m = b[0].length;
            double[][] x = new double[n][m];
            for (int c = 0; c < m; c++) {
                double[] z = new double[n];
                for (int i = 0; i < n; i++) {
                    double s = b[i][c];
                    for (int k = 0; k < i; k++) {
                        s -= l[i][k] * z[k];
                    }
                    z[i] = s / l[i][i];
                }
                for (int i = n - 1; i >= 0; i--) {
                    double s = z[i];
                    for (int k = i + 1; k < n; k++) {
                        s -= l[k][i] * x[k][c];
                    }
                    x[i][c] = s / l[i][i];
                }
            }
            return x;
        }
    }
}
