package io.ambient.devices.it;

/** The device contract against the embedded HiveMQ broker the hub runs by default. */
class HiveMqHomeTest extends HomeContractTest {
    @Override
    protected TestBroker broker() {
        return new HiveMqTestBroker();
    }
}
