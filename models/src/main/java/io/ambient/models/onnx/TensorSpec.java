package io.ambient.models.onnx;

import java.util.Arrays;

/**
 * One named input or output of a graph, as the graph declares it.
 *
 * @param name  the graph's name for the value
 * @param type  its element type
 * @param shape its declared shape; {@code -1} marks a dynamic dimension (batch, sequence length); empty for
 *              values that are not tensors
 */
public record TensorSpec(String name, ElementType type, long[] shape) {

    public TensorSpec {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("tensor name must be non-empty, was " + name);
        }
        if (type == null) {
            throw new IllegalArgumentException("element type of '" + name + "' must not be null");
        }
        shape = shape == null ? new long[0] : shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** The declared size of a dimension, or -1 if it is dynamic. */
    public long dimension(int index) {
        return shape[index];
    }

    // Arrays in a record compare by identity unless equals/hashCode say otherwise.
    @Override
    public boolean equals(Object other) {
        return other instanceof TensorSpec that
                && name.equals(that.name)
                && type == that.type
                && Arrays.equals(shape, that.shape);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + type.hashCode()) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + ":" + type + Arrays.toString(shape);
    }
}
