package io.ambient.models.pkg;

import java.util.List;
import java.util.Objects;

/**
 * One declared input or output of a packaged graph.
 *
 * @param name        the graph's name for the value
 * @param elementType element type as ONNX names it in lower case, e.g. {@code float32}, {@code int64}
 * @param shape       dimensions; -1 marks a dynamic dimension (batch, sequence length)
 */
public record TensorSchema(String name, String elementType, List<Long> shape) {

    public TensorSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(elementType, "elementType");
        shape = List.copyOf(shape);
        if (name.isBlank() || elementType.isBlank()) {
            throw new IllegalArgumentException("tensor name and element type must not be blank");
        }
        for (Long d : shape) {
            if (d < -1) {
                throw new IllegalArgumentException("dimension of '" + name + "' must be >= -1, was " + d);
            }
        }
    }

    /** A float32 matrix with a dynamic batch dimension: the shape of embeddings and probabilities. */
    public static TensorSchema floatMatrix(String name, int width) {
        return new TensorSchema(name, "float32", List.of(-1L, (long) width));
    }
}
