package io.ambient.runtime.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** The context rules through the embedded HiveMQ broker the demo uses. */
class EmbeddedBrokerContextRulesTest extends ContextRulesContract {
    @Override
    RuntimeHarness startHub() throws Exception {
        return new RuntimeHarness(Map.of("ambient.mqtt.embedded", true, "ambient.mqtt.port", freePort()), 0);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
