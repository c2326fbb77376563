package io.ambient.devices.mqtt;

/** A publish or subscribe that the broker connection could not carry out (not connected, refused, closed). */
public final class MqttTransportException extends RuntimeException {
    private final boolean notConnected;

    public MqttTransportException(String message, boolean notConnected, Throwable cause) {
        super(message, cause);
        this.notConnected = notConnected;
    }

    /** True when the failure is that no broker connection exists right now. */
    public boolean notConnected() {
        return notConnected;
    }
}
