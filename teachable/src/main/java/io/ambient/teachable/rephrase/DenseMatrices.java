package io.ambient.teachable.rephrase;

/** The few dense-matrix operations the absorbing chain needs. Matrices are {@code double[row][column]}. */
final class DenseMatrices {
    /** A pivot below this (relative to the row scale of 1 of {@code I - Q}) means the matrix is singular. */
    private static final double SINGULAR = 1e-12;

    private DenseMatrices() {
    }

    static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            if (a[i].length != inner) {
                throw new IllegalArgumentException("cannot multiply: row " + i + " has " + a[i].length
                        + " columns, the other matrix " + inner + " rows");
            }
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    /**
     * Gauss-Jordan elimination with partial pivoting (the largest remaining entry of each column is the pivot,
     * which keeps rounding errors from growing).
     *
     * @throws IllegalArgumentException the matrix is not square or is singular
     */
    static double[][] inverse(double[][] matrix) {
        int n = matrix.length;
        double[][] a = copy(matrix);
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("only a square matrix has an inverse; row " + i + " has "
                        + a[i].length + " columns, there are " + n + " rows");
            }
            inv[i][i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) < SINGULAR) {
                throw new IllegalArgumentException("singular matrix (column " + col
                        + "): some transient state never reaches an absorbing state");
            }
            swap(a, col, pivot);
            swap(inv, col, pivot);
            double scale = a[col][col];
            for (int j = 0; j < n; j++) {
                a[col][j] /= scale;
                inv[col][j] /= scale;
            }
            for (int row = 0; row < n; row++) {
                double factor = a[row][col];
                if (row == col || factor == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    a[row][j] -= factor * a[col][j];
                    inv[row][j] -= factor * inv[col][j];
                }
            }
        }
        return inv;
    }

    private static void swap(double[][] m, int i, int j) {
        double[] row = m[i];
        m[i] = m[j];
        m[j] = row;
    }
}
