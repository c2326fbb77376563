package io.ambient.models.registry;

/** The registry's files could not be read or written, or an operation makes no sense (nothing to roll back to). */
public final class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
