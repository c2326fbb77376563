package io.ambient.runtime.it;

import io.ambient.devices.it.MosquittoTestBroker;
import org.junit.jupiter.api.Assumptions;

import java.util.Map;

/**
 * The context rules through Mosquitto as an external broker ({@code ambient.mqtt.embedded: false}), the way a
 * real home runs it. Needs /usr/sbin/mosquitto (Debian package mosquitto; .ci/run installs it).
 */
class MosquittoContextRulesTest extends ContextRulesContract {
    private MosquittoTestBroker mosquitto;

    @Override
    RuntimeHarness startHub() throws Exception {
        Assumptions.assumeTrue(MosquittoTestBroker.available(),
                "mosquitto is not installed (apt-get install mosquitto); .ci/run installs it");
        mosquitto = new MosquittoTestBroker();
        mosquitto.start();
        return new RuntimeHarness(Map.of("ambient.mqtt.embedded", false, "ambient.mqtt.host", "127.0.0.1",
                "ambient.mqtt.port", mosquitto.port()), mosquitto.port());
    }

    @Override
    void stopBroker() {
        if (mosquitto != null) {
            mosquitto.stop();
        }
    }
}
