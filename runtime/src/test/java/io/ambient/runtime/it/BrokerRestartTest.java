package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.ambient.devices.mqtt.EmbeddedBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole runtime survives its broker restarting: health reports the outage, the client reconnects and
 * resubscribes, devices are re-read, and turns act again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerRestartTest {
    RuntimeHarness hub;

    @BeforeAll
    void start() throws Exception {
        hub = RuntimeHarness.onEmbeddedBroker();
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.runtimeState("fan.office_fan").equals("off"));
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    @Test
    void brokerRestart_runtimeReconnectsAndActsAgain() throws Exception {
        EmbeddedBroker broker = hub.context.getBean(EmbeddedBroker.class);

        broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.get("/health").status() == 503);
        broker.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.get("/health").status() == 200);

        // The in-memory broker forgot everything; the simulated devices announce themselves again and the
        // runtime re-reads them before it can act.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode r = hub.turn("turn on the fan", "office-satellite");
            return r.path("outcome").asText().equals("executed");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.observedState("fan.office_fan").equals("on"));
        assertEquals("on", hub.runtimeState("fan.office_fan"));
    }
}
