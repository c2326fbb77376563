package io.ambient.devices.it;

import io.ambient.devices.Availability;
import io.ambient.devices.CommandOutcome;
import io.ambient.devices.DeviceCommand;
import io.ambient.devices.Entity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The embedded broker stops and starts again on the same port, forgetting everything (it keeps no state on
 * disk): the hub must reconnect, subscribe again, read the re-announced devices and command them.
 */
class BrokerRestartTest {
    private SimulatedHomeFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new SimulatedHomeFixture(new HiveMqTestBroker(), "restart");
        await().atMost(Duration.ofSeconds(20)).until(() -> allOnline(f.registry.current().entities()));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void brokerRestart_samePort_hubReconnectsRereadsStatesAndCommandsWork() throws Exception {
        int port = f.broker.port();

        f.broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !f.hubTransport.isConnected());
        CommandOutcome whileDown = f.gateway.send("light.kitchen_ceiling", new DeviceCommand.TurnOn())
                .get(1, TimeUnit.SECONDS);
        AbstractFailure.assertKind(whileDown, CommandOutcome.FailureKind.NOT_CONNECTED);
        f.broker.start();

        assertEquals(port, f.broker.port(), "restarted on the same port");
        await().atMost(Duration.ofSeconds(20)).until(() -> f.hubTransport.isConnected() && f.simTransport.isConnected());
        // a state changed after the restart reaches the registry only if the hub subscribed again
        f.sim.simulate("sensor.kids_room_temperature", "23.25", null);
        f.sim.simulate("light.garage_light", "on", Map.of("brightness", 200));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "23.25".equals(state("sensor.kids_room_temperature")) && "on".equals(state("light.garage_light")));
        for (String id : new String[]{"light.kitchen_ceiling", "light.living_room_reading_lamp", "lock.front_door"}) {
            DeviceCommand command = id.startsWith("lock") ? new DeviceCommand.Unlock() : new DeviceCommand.TurnOn();
            CommandOutcome outcome = f.gateway.send(id, command).get(10, TimeUnit.SECONDS);
            assertInstanceOf(CommandOutcome.Confirmed.class, outcome, () -> id + " after restart: " + outcome);
        }
        assertEquals(f.home.entities().keySet(), f.registry.current().entities().keySet());
    }

    @Test
    void brokerRestart_configsForgotten_devicesAnnouncedAgain() throws Exception {
        f.broker.stop();
        f.broker.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> f.hubTransport.isConnected() && f.simTransport.isConnected());

        // a hub that starts only now sees nothing unless the devices announced themselves again
        try (SimulatedHomeFixture.LateHub late = f.lateHub()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertEquals(f.home.entities().keySet(), late.registry().current().entities().keySet());
                assertFalse(late.registry().current().entities().values().stream()
                        .anyMatch(e -> e.state().equals("unknown")), "states re-read");
            });
        }
    }

    private String state(String id) {
        return f.registry.current().entity(id).map(Entity::state).orElse(null);
    }

    private static boolean allOnline(Map<String, Entity> entities) {
        return entities.size() >= 30 && entities.values().stream()
                .allMatch(e -> e.availability() == Availability.ONLINE && !e.state().equals("unknown"));
    }

    /** Small helper so this test reads like the others. */
    private static final class AbstractFailure {
        static void assertKind(CommandOutcome outcome, CommandOutcome.FailureKind kind) {
            CommandOutcome.Failed failed = assertInstanceOf(CommandOutcome.Failed.class, outcome, outcome::toString);
            assertEquals(kind, failed.kind(), failed::toString);
        }
    }
}
