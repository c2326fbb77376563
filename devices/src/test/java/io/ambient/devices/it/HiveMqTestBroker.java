package io.ambient.devices.it;

import io.ambient.devices.mqtt.EmbeddedBroker;

/** The embedded HiveMQ broker on a free port. */
final class HiveMqTestBroker implements TestBroker {
    private final EmbeddedBroker broker = new EmbeddedBroker(null, 0);

    @Override
    public int port() {
        return broker.port();
    }

    @Override
    public void start() {
        broker.start();
    }

    @Override
    public void stop() {
        broker.stop();
    }

    @Override
    public void close() {
        broker.close();
    }
}
