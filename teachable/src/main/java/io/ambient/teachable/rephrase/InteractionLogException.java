package io.ambient.teachable.rephrase;

/** An interaction log could not be read or written; the message names the file and line. */
public final class InteractionLogException extends RuntimeException {
    public InteractionLogException(String message) {
        super(message);
    }

    public InteractionLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
