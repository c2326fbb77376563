package io.ambient.models.onnx;

/** The element type of a graph input or output, as far as this project cares. */
public enum ElementType {
    FLOAT32,
    FLOAT64,
    INT64,
    INT32,
    BOOL,
    STRING,
    /** Any other tensor type, or a value that is not a tensor (a sequence or a map). */
    OTHER
}
