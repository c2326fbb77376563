package io.ambient.models.onnx;

import java.util.Arrays;

/**
 * A dense tensor handed to a graph: row-major data plus a shape. Only the two element types the project's
 * graphs take are offered: int64 (token ids, masks) and float32 (embeddings).
 */
public sealed interface InputTensor permits InputTensor.Int64, InputTensor.Float32 {

    /** The tensor's shape; every dimension is positive or zero. */
    long[] shape();

    /** The element type the graph must declare for this input. */
    ElementType type();

    /**
     * An int64 tensor.
     *
     * @param data  row-major values; copied
     * @param shape dimensions whose product equals {@code data.length}; copied
     */
    record Int64(long[] data, long[] shape) implements InputTensor {

        public Int64 {
            shape = Shapes.checked(shape, data.length);
            data = data.clone();
        }

        /** A rectangular matrix, one row per batch item. */
        public static Int64 of(long[][] rows) {
            int width = Shapes.width(rows.length, rows.length == 0 ? 0 : rows[0].length);
            long[] flat = new long[rows.length * width];
            for (int r = 0; r < rows.length; r++) {
                Shapes.requireWidth(rows[r].length, width, r);
                System.arraycopy(rows[r], 0, flat, r * width, width);
            }
            return new Int64(flat, new long[] {rows.length, width});
        }

        @Override
        public long[] data() {
            return data.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        @Override
        public ElementType type() {
            return ElementType.INT64;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Int64 that && Arrays.equals(data, that.data) && Arrays.equals(shape, that.shape);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(data) + Arrays.hashCode(shape);
        }

        @Override
        public String toString() {
            return "Int64" + Arrays.toString(shape);
        }
    }

    /**
     * A float32 tensor.
     *
     * @param data  row-major values; copied
     * @param shape dimensions whose product equals {@code data.length}; copied
     */
    record Float32(float[] data, long[] shape) implements InputTensor {

        public Float32 {
            shape = Shapes.checked(shape, data.length);
            data = data.clone();
        }

        /** A rectangular matrix, one row per batch item. */
        public static Float32 of(float[][] rows) {
            int width = Shapes.width(rows.length, rows.length == 0 ? 0 : rows[0].length);
            float[] flat = new float[rows.length * width];
            for (int r = 0; r < rows.length; r++) {
                Shapes.requireWidth(rows[r].length, width, r);
                System.arraycopy(rows[r], 0, flat, r * width, width);
            }
            return new Float32(flat, new long[] {rows.length, width});
        }

        @Override
        public float[] data() {
            return data.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        @Override
        public ElementType type() {
            return ElementType.FLOAT32;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Float32 that && Arrays.equals(data, that.data) && Arrays.equals(shape, that.shape);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(data) + Arrays.hashCode(shape);
        }

        @Override
        public String toString() {
            return "Float32" + Arrays.toString(shape);
        }
    }
}
