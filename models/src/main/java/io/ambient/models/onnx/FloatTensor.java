package io.ambient.models.onnx;

import java.util.Arrays;

/**
 * A float output of a graph, copied out of native memory so it outlives the run that produced it.
 *
 * @param data  row-major values; copied
 * @param shape the actual shape of this result (no dynamic dimensions); copied
 */
public record FloatTensor(float[] data, long[] shape) {

    public FloatTensor {
        shape = Shapes.checked(shape, data.length);
        data = data.clone();
    }

    @Override
    public float[] data() {
        return data.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The tensor as {@code [rows][columns]}; it must have rank 2. */
    public float[][] toMatrix() {
        requireRank(2);
        int rows = Shapes.toIntDimension(shape[0]);
        int cols = Shapes.toIntDimension(shape[1]);
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
        }
        return out;
    }

    /** The tensor as {@code [batch][rows][columns]}; it must have rank 3. */
    public float[][][] toCube() {
        requireRank(3);
        int depth = Shapes.toIntDimension(shape[0]);
        int rows = Shapes.toIntDimension(shape[1]);
        int cols = Shapes.toIntDimension(shape[2]);
        float[][][] out = new float[depth][rows][];
        for (int d = 0; d < depth; d++) {
            for (int r = 0; r < rows; r++) {
                int start = (d * rows + r) * cols;
                out[d][r] = Arrays.copyOfRange(data, start, start + cols);
            }
        }
        return out;
    }

    private void requireRank(int rank) {
        if (shape.length != rank) {
            throw new IllegalStateException(
                    "tensor has shape " + Arrays.toString(shape) + ", not rank " + rank);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FloatTensor that && Arrays.equals(data, that.data) && Arrays.equals(shape, that.shape);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "FloatTensor" + Arrays.toString(shape);
    }
}
