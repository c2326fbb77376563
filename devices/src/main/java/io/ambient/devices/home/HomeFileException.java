package io.ambient.devices.home;

/** A home file that cannot be used: unreadable, not JSON, or inconsistent (the message says where). */
public final class HomeFileException extends RuntimeException {
    public HomeFileException(String message) {
        super(message);
    }

    public HomeFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
