package io.ambient.models.onnx;

/**
 * A model artifact (an ONNX graph, a tokenizer file) could not be loaded: it is missing, unreadable or
 * not a valid model. The message names the artifact and the reason, so an operator reading a log line
 * knows which file to replace without a stack trace.
 */
public final class ModelLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source what was being loaded: a file path, a classpath resource or a caller-given name
     * @param reason why it failed, in words
     * @param cause  the underlying failure, or {@code null}
     */
    public ModelLoadException(String source, String reason, Throwable cause) {
        super("cannot load model '" + source + "': " + reason, cause);
        this.source = source;
    }

    public ModelLoadException(String source, String reason) {
        this(source, reason, null);
    }

    /** The file, resource or name that failed to load. */
    public String source() {
        return source;
    }
}
