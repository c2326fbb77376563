package io.ambient.context.eval;

/** An evaluation input is unusable (missing file, malformed case line, unknown home); the message says where. */
public final class EvalException extends RuntimeException {
    public EvalException(String message) {
        super(message);
    }

    public EvalException(String message, Throwable cause) {
        super(message, cause);
    }
}
