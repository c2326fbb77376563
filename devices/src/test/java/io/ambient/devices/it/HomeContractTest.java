package io.ambient.devices.it;

import io.ambient.devices.Availability;
import io.ambient.devices.CommandOutcome;
import io.ambient.devices.CommandOutcome.FailureKind;
import io.ambient.devices.DeviceCommand;
import io.ambient.devices.DeviceProtocol;
import io.ambient.devices.Entity;
import io.ambient.devices.gateway.MqttDeviceGateway;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discovery and commands of the whole demo home through a real broker; subclasses choose the broker.
 * The simulated home and the hub are separate MQTT clients, as they would be in a house.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HomeContractTest {
    private static final Duration DISCOVERY_WAIT = Duration.ofSeconds(20);
    protected SimulatedHomeFixture f;

    protected abstract TestBroker broker();

    @BeforeAll
    void startHome() throws Exception {
        f = new SimulatedHomeFixture(broker(), getClass().getSimpleName());
        awaitWholeHomeDiscovered();
    }

    @AfterAll
    void stopHome() {
        if (f != null) {
            f.close();
        }
    }

    protected void awaitWholeHomeDiscovered() {
        await().atMost(DISCOVERY_WAIT).untilAsserted(() -> {
            Map<String, Entity> found = f.registry.current().entities();
            assertEquals(f.home.entities().keySet(), found.keySet());
            for (Entity e : found.values()) {
                assertFalse(e.state().equals("unknown"), e.id() + " has no state yet");
                assertEquals(Availability.ONLINE, e.availability(), e.id() + " availability");
            }
        });
    }

    @Test
    void discover_demoHome_registryEqualsHomeFile() {
        for (Entity expected : f.home.entities().values()) {
            Entity actual = f.registry.current().entity(expected.id()).orElseThrow();
            String id = expected.id();
            assertEquals(expected.name(), actual.name(), id + " name");
            assertEquals(expected.aliases(), actual.aliases(), id + " aliases");
            assertEquals(expected.areaId(), actual.areaId(), id + " area");
            assertEquals(expected.domain(), actual.domain(), id + " domain");
            assertEquals(expected.deviceClass(), actual.deviceClass(), id + " device class");
            assertEquals(expected.capabilities(), actual.capabilities(), id + " capabilities");
            assertEquals(expected.protocol(), actual.protocol(), id + " protocol");
        }
        assertEquals(f.home.areas(), f.registry.current().areas(), "no area invented");
        assertTrue(f.registry.current().entities().values().stream()
                .anyMatch(e -> e.protocol() == DeviceProtocol.ZIGBEE2MQTT), "some devices came through Zigbee2MQTT");
    }

    @Test
    void discover_sensors_reportTheHomeFileValues() {
        for (Entity expected : f.home.entities().values()) {
            if (expected.domain().equals("sensor")) {
                Entity actual = f.registry.current().entity(expected.id()).orElseThrow();
                assertEquals(Double.parseDouble(expected.state()), Double.parseDouble(actual.state()), 1e-9,
                        expected.id());
                assertEquals(expected.attributes().get("unit_of_measurement"),
                        actual.attributes().get("unit_of_measurement"), expected.id());
            }
        }
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                cmd("light.kitchen_ceiling", new DeviceCommand.TurnOn(), e -> e.state().equals("on")),
                cmd("light.kitchen_ceiling", new DeviceCommand.TurnOff(), e -> e.state().equals("off")),
                cmd("light.living_room_reading_lamp", new DeviceCommand.TurnOn(), e -> e.state().equals("on")),
                cmd("light.office_ceiling", new DeviceCommand.SetBrightness(40), e -> near(e, "brightness", 102, 1)),
                cmd("light.office_desk_lamp", new DeviceCommand.SetBrightness(60), e -> near(e, "brightness", 153, 3)),
                cmd("light.kids_room_ceiling", new DeviceCommand.SetColor("green", 0, 255, 0),
                        e -> List.of(0, 255, 0).equals(e.attributes().get("rgb_color"))),
                cmd("light.living_room_floor_lamp", new DeviceCommand.SetColor("red", 255, 0, 0),
                        e -> e.attributes().get("xy_color") instanceof List<?> xy && ((Number) xy.get(0)).doubleValue() > 0.6),
                cmd("cover.bedroom_curtains", new DeviceCommand.SetPosition(40), e -> near(e, "current_position", 40, 0)),
                cmd("cover.living_room_blinds", new DeviceCommand.SetPosition(30), e -> near(e, "current_position", 30, 0)),
                cmd("cover.garage_door", new DeviceCommand.Open(), e -> e.state().equals("open")),
                cmd("cover.garage_door", new DeviceCommand.Close(), e -> e.state().equals("closed")),
                cmd("cover.bedroom_curtains", new DeviceCommand.TurnOn(), e -> e.state().equals("open")
                        && near(e, "current_position", 100, 0)),
                cmd("lock.back_door", new DeviceCommand.Unlock(), e -> e.state().equals("unlocked")),
                cmd("lock.back_door", new DeviceCommand.Lock(), e -> e.state().equals("locked")),
                cmd("lock.front_door", new DeviceCommand.Unlock(), e -> e.state().equals("unlocked")),
                cmd("lock.front_door", new DeviceCommand.Lock(), e -> e.state().equals("locked")),
                cmd("climate.living_room_thermostat", new DeviceCommand.SetTargetTemperature(23.5),
                        e -> near(e, "temperature", 23.5, 0)),
                cmd("climate.bedroom_radiator", new DeviceCommand.SetTargetTemperature(21),
                        e -> near(e, "temperature", 21, 0)),
                cmd("climate.bedroom_radiator", new DeviceCommand.TurnOff(), e -> e.state().equals("off")),
                cmd("media_player.living_room_tv", new DeviceCommand.PlayMedia("Blue Planet", "video"),
                        e -> e.state().equals("playing") && "Blue Planet".equals(e.attributes().get("media_title"))),
                cmd("media_player.living_room_tv", new DeviceCommand.MediaPause(), e -> e.state().equals("paused")),
                cmd("media_player.living_room_tv", new DeviceCommand.MediaPlay(), e -> e.state().equals("playing")),
                cmd("media_player.kitchen_speaker", new DeviceCommand.MediaPlay(), e -> e.state().equals("playing")),
                cmd("media_player.kitchen_speaker", new DeviceCommand.MediaNext(),
                        e -> "Blue in Green".equals(e.attributes().get("media_title"))),
                cmd("media_player.kitchen_speaker", new DeviceCommand.MediaPrevious(),
                        e -> "Morning Jazz".equals(e.attributes().get("media_title"))),
                cmd("media_player.bedroom_speaker", new DeviceCommand.SetVolume(45), e -> near(e, "volume_level", 0.45, 1e-9)),
                cmd("vacuum.robot_vacuum", new DeviceCommand.VacuumStart(), e -> e.state().equals("cleaning")),
                cmd("vacuum.robot_vacuum", new DeviceCommand.VacuumReturnToBase(),
                        e -> e.state().equals("returning") || e.state().equals("docked")),
                cmd("switch.coffee_machine", new DeviceCommand.TurnOn(), e -> e.state().equals("on")),
                cmd("switch.bathroom_towel_heater", new DeviceCommand.TurnOn(), e -> e.state().equals("on")),
                cmd("fan.office_fan", new DeviceCommand.TurnOn(), e -> e.state().equals("on")),
                cmd("fan.office_fan", new DeviceCommand.TurnOff(), e -> e.state().equals("off")));
    }

    private static Arguments cmd(String id, DeviceCommand c, Predicate<Entity> expected) {
        return Arguments.of(id, c, expected);
    }

    private static boolean near(Entity e, String key, double value, double tolerance) {
        return e.number(key).map(v -> Math.abs(v - value) <= tolerance).orElse(false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("commands")
    void send_commandToSimulatedDevice_confirmedByReportedState(String id, DeviceCommand command,
                                                                Predicate<Entity> expected) throws Exception {
        CommandOutcome outcome = f.gateway.send(id, command).get(10, TimeUnit.SECONDS);

        CommandOutcome.Confirmed confirmed = assertInstanceOf(CommandOutcome.Confirmed.class, outcome,
                () -> id + " " + command + " -> " + outcome);
        Entity now = f.registry.current().entity(id).orElseThrow();
        assertTrue(expected.test(now), () -> id + " after " + command + ": " + now.state() + " " + now.attributes());
        assertEquals(now.state(), confirmed.state());
    }

    @Test
    void send_ovenTurnedOn_confirmedAndHeatsUpOverTime() throws Exception {
        CommandOutcome outcome = f.gateway.send("switch.oven", new DeviceCommand.TurnOn()).get(10, TimeUnit.SECONDS);

        assertInstanceOf(CommandOutcome.Confirmed.class, outcome, outcome::toString);
        await().atMost(Duration.ofSeconds(10)).until(() -> f.registry.current().entity("switch.oven").orElseThrow()
                .number("current_temperature").orElse(0.0) > 80);
    }

    @Test
    void send_garageDoorOpen_movesThroughOpeningBeforeOpen() throws Exception {
        f.sim.simulate("cover.garage_door", "closed", Map.of("current_position", 0));
        await().atMost(Duration.ofSeconds(5)).until(() -> "closed".equals(state("cover.garage_door")));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AutoCloseable l = f.registry.onReport(e -> {
            if (e.id().equals("cover.garage_door")) {
                seen.add(e.state() + "@" + e.attributes().get("current_position"));
            }
        })) {
            CommandOutcome outcome = f.gateway.send("cover.garage_door", new DeviceCommand.Open())
                    .get(10, TimeUnit.SECONDS);

            assertInstanceOf(CommandOutcome.Confirmed.class, outcome, outcome::toString);
        }
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("opening@")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.matches("opening@[1-9][0-9]?")), "moved gradually: " + seen);
        assertEquals("open@100", seen.get(seen.size() - 1));
    }

    @Test
    void send_vacuumStart_cleansThenReturnsAndDocksOverTime() throws Exception {
        f.sim.simulate("vacuum.robot_vacuum", "docked", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> "docked".equals(state("vacuum.robot_vacuum")));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AutoCloseable l = f.registry.onReport(e -> {
            if (e.id().equals("vacuum.robot_vacuum") && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(e.state()))) {
                seen.add(e.state());
            }
        })) {
            f.gateway.send("vacuum.robot_vacuum", new DeviceCommand.VacuumStart()).get(10, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(15)).until(() -> "docked".equals(state("vacuum.robot_vacuum")));
        }
        assertEquals(List.of("cleaning", "returning", "docked"), seen);
    }

    @Test
    void send_thermostatSetpointRaised_currentTemperatureDriftsTowardIt() throws Exception {
        f.sim.simulate("climate.living_room_thermostat", "heat", Map.of("current_temperature", 19.0));
        await().atMost(Duration.ofSeconds(5)).until(() -> f.registry.current().entity("climate.living_room_thermostat")
                .orElseThrow().number("current_temperature").orElse(0.0) < 19.5);

        f.gateway.send("climate.living_room_thermostat", new DeviceCommand.SetTargetTemperature(22))
                .get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(15)).until(() -> f.registry.current().entity("climate.living_room_thermostat")
                .orElseThrow().number("current_temperature").orElse(0.0) == 22.0);
    }

    private String state(String id) {
        return f.registry.current().entity(id).map(Entity::state).orElse(null);
    }

    @Test
    void simulate_stateSetByHand_reachesRegistry() {
        f.sim.simulate("switch.coffee_machine", "off", null);
        f.sim.simulate("switch.coffee_machine", "on", null);
        f.sim.simulate("sensor.kitchen_temperature", "25.5", null);

        await().atMost(Duration.ofSeconds(5)).until(() ->
                f.registry.current().entity("sensor.kitchen_temperature").orElseThrow().state().equals("25.5")
                        && f.registry.current().entity("switch.coffee_machine").orElseThrow().state().equals("on"));
    }

    @Test
    void send_unknownEntity_failsUnknownEntity() throws Exception {
        CommandOutcome outcome = f.gateway.send("light.moon", new DeviceCommand.TurnOn()).get(1, TimeUnit.SECONDS);

        assertFailed(outcome, FailureKind.UNKNOWN_ENTITY, "light.moon");
    }

    @Test
    void send_colourToDimOnlyLight_failsUnsupported() throws Exception {
        CommandOutcome outcome = f.gateway.send("light.office_ceiling", new DeviceCommand.SetColor("red", 255, 0, 0))
                .get(1, TimeUnit.SECONDS);

        assertFailed(outcome, FailureKind.UNSUPPORTED, "Office Ceiling");
    }

    @Test
    void send_turnOffToLock_failsUnsupportedSoNothingUnlocks() throws Exception {
        CommandOutcome outcome = f.gateway.send("lock.front_door", new DeviceCommand.TurnOff()).get(1, TimeUnit.SECONDS);

        assertFailed(outcome, FailureKind.UNSUPPORTED, "Front Door");
    }

    @Test
    void send_offlineDevice_failsUnavailable() throws Exception {
        f.sim.setAvailable("light.hallway_light", false);
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> f.registry.current().entity("light.hallway_light")
                    .orElseThrow().availability() == Availability.OFFLINE);

            CommandOutcome outcome = f.gateway.send("light.hallway_light", new DeviceCommand.TurnOn())
                    .get(1, TimeUnit.SECONDS);

            assertFailed(outcome, FailureKind.UNAVAILABLE, "Hallway Light");
        } finally {
            f.sim.setAvailable("light.hallway_light", true);
        }
    }

    @Test
    void send_deviceThatDoesNotAnswer_failsTimeoutNamingIt() throws Exception {
        f.sim.setResponsive("light.bathroom_mirror_light", false);
        try {
            long start = System.nanoTime();
            CommandOutcome outcome = f.gateway.send("light.bathroom_mirror_light", new DeviceCommand.TurnOn())
                    .get(10, TimeUnit.SECONDS);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertFailed(outcome, FailureKind.TIMEOUT, "Mirror Light did not answer within 3 s");
            assertTrue(elapsedMs >= 2_900, "waited the command timeout, not " + elapsedMs + " ms");
        } finally {
            f.sim.setResponsive("light.bathroom_mirror_light", true);
        }
    }

    @Test
    void send_transportNotConnected_failsNotConnected() throws Exception {
        PahoMqttTransport idle = new PahoMqttTransport(MqttSettings.local("127.0.0.1", f.broker.port(), "idle"),
                f.scheduler);
        try {
            MqttDeviceGateway offline = new MqttDeviceGateway(idle, f.registry, f.discovery.bindings(),
                    Duration.ofSeconds(1), f.scheduler);

            CommandOutcome outcome = offline.send("light.kitchen_ceiling", new DeviceCommand.TurnOn())
                    .get(1, TimeUnit.SECONDS);

            assertFailed(outcome, FailureKind.NOT_CONNECTED, "Kitchen Ceiling");
        } finally {
            idle.close();
        }
    }

    @Test
    void discovery_malformedPayloads_skippedWithoutDisturbingOthers() throws Exception {
        Map<String, Entity> before = f.registry.current().entities();
        garbage("homeassistant/light/bad_json/config", "{not json");
        garbage("homeassistant/light/bad_types/config", "{\"name\": [\"x\"], \"command_topic\": {\"a\": 1}}");
        garbage("homeassistant/light/no_topics/config", "{\"name\": \"No topics\"}");
        garbage("homeassistant/climate/bad_shape/config", "[1, 2, 3]");
        garbage("homeassistant/teapot/ambient_sim/brew/config", "{\"name\": \"Teapot\", \"state_topic\": \"t\"}");
        garbage("ambient-sim/kitchen_ceiling/state", "garbage");
        garbage("ambient-sim/bedroom_curtains/position", "wide open");
        garbage("zigbee2mqtt/kitchen/counter_lights", "{\"state\": 42, \"brightness\": \"high\"}");
        garbage("zigbee2mqtt/bridge/devices", "{\"oops\": true}");
        garbage("zigbee2mqtt/kitchen/temperature", "[]");
        // a valid announcement after the garbage proves the pipeline kept going
        garbage("homeassistant/switch/probe_switch/config",
                "{\"name\": \"Probe\", \"state_topic\": \"probe/state\", \"command_topic\": \"probe/set\"}");

        await().atMost(Duration.ofSeconds(5)).until(() -> f.registry.current().entity("switch.probe_switch").isPresent());
        Map<String, Entity> after = f.registry.current().entities();
        assertEquals(before.size() + 1, after.size(), "only the valid probe was added: " + after.keySet());
        for (Entity e : before.values()) {
            assertEquals(e, after.get(e.id()), e.id() + " unchanged by garbage");
        }
        CommandOutcome stillWorks = f.gateway.send("light.kitchen_counter_lights", new DeviceCommand.TurnOn())
                .get(10, TimeUnit.SECONDS);
        assertInstanceOf(CommandOutcome.Confirmed.class, stillWorks, stillWorks::toString);

        f.sim.publishRaw("homeassistant/switch/probe_switch/config", new byte[0], true);
        await().atMost(Duration.ofSeconds(5)).until(() -> f.registry.current().entity("switch.probe_switch").isEmpty());
    }

    private void garbage(String topic, String payload) {
        f.sim.publishRaw(topic, payload.getBytes(StandardCharsets.UTF_8), false);
    }

    static void assertFailed(CommandOutcome outcome, FailureKind kind, String reasonContains) {
        CommandOutcome.Failed failed = assertInstanceOf(CommandOutcome.Failed.class, outcome, outcome::toString);
        assertEquals(kind, failed.kind(), failed::toString);
        assertTrue(failed.reason().contains(reasonContains), () -> "reason '" + failed.reason() + "' names "
                + reasonContains);
    }
}
