package io.ambient.models.onnx;

import java.util.Arrays;

/** Shape arithmetic and checks shared by the tensor value types. */
final class Shapes {

    private Shapes() {
    }

    /** Returns a copy of {@code shape} after checking that its element count equals {@code length}. */
    static long[] checked(long[] shape, int length) {
        if (shape == null || shape.length == 0) {
            throw new IllegalArgumentException("shape must have at least one dimension, was " + Arrays.toString(shape));
        }
        long count = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("shape has a negative dimension: " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, dim);
        }
        if (count != length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " holds " + count + " elements but data has " + length);
        }
        return shape.clone();
    }

    static int width(int rows, int firstRowWidth) {
        if (rows == 0) {
            throw new IllegalArgumentException("a matrix input needs at least one row");
        }
        return firstRowWidth;
    }

    static void requireWidth(int actual, int expected, int row) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    "ragged matrix: row " + row + " has " + actual + " columns, row 0 has " + expected);
        }
    }

    static int toIntDimension(long dim) {
        if (dim > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("dimension too large for a Java array: " + dim);
        }
        return (int) dim;
    }
}
