package io.ambient.devices.it;

/** A real MQTT broker a test runs against: the embedded HiveMQ or a Mosquitto child process. */
public interface TestBroker extends AutoCloseable {
    int port();

    void start();

    void stop();

    @Override
    default void close() {
        stop();
    }
}
