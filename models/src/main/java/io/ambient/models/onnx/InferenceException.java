package io.ambient.models.onnx;

/**
 * ONNX Runtime failed while running a loaded graph (for example a shape the graph rejects at run time, or an
 * output that is not a float tensor). Argument mistakes the adapter can see before running (unknown input
 * name, wrong element type, ragged arrays) are reported as {@link IllegalArgumentException} instead.
 */
public final class InferenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String model;

    public InferenceException(String model, String reason, Throwable cause) {
        super("inference failed on model '" + model + "': " + reason, cause);
        this.model = model;
    }

    public InferenceException(String model, String reason) {
        this(model, reason, null);
    }

    /** The name of the session whose run failed. */
    public String model() {
        return model;
    }
}
