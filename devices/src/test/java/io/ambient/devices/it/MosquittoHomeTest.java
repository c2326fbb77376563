package io.ambient.devices.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The device contract against Mosquitto, the broker most homes already run. */
class MosquittoHomeTest extends HomeContractTest {
    @Override
    protected TestBroker broker() {
        assumeTrue(MosquittoTestBroker.available(), MosquittoTestBroker.BINARY
                + " is not installed (apt-get install mosquitto); CI installs it");
        return new MosquittoTestBroker();
    }
}
