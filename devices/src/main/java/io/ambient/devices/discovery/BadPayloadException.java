package io.ambient.devices.discovery;

/** A discovery or state payload that cannot be understood; caught, logged with its topic, and skipped. */
final class BadPayloadException extends RuntimeException {
    BadPayloadException(String reason) {
        super(reason, null, false, false);
    }
}
