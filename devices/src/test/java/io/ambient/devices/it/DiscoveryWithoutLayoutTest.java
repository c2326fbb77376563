package io.ambient.devices.it;

import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.discovery.MqttDiscovery;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hub without a home file learns names and areas from the announcements alone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveryWithoutLayoutTest {
    private SimulatedHomeFixture f;
    private PahoMqttTransport transport;
    private DeviceRegistry bare;
    private MqttDiscovery discovery;

    @BeforeAll
    void start() throws Exception {
        f = new SimulatedHomeFixture(new HiveMqTestBroker(), "bare");
        transport = new PahoMqttTransport(MqttSettings.local("127.0.0.1", f.broker.port(), "bare-hub"), f.scheduler);
        bare = new DeviceRegistry(HomeSnapshot.empty(Instant.EPOCH), Clock.systemUTC());
        discovery = new MqttDiscovery(transport, bare);
        discovery.start();
        transport.connect().get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(20)).until(() -> bare.current().entities().size() == f.home.entities().size());
    }

    @AfterAll
    void stop() {
        discovery.close();
        transport.close();
        f.close();
    }

    @Test
    void discover_zigbeeFriendlyNameWithArea_nameFromLastSegmentAreaFromFirst() {
        Entity lamp = bare.current().entity("light.living_room_floor_lamp").orElseThrow();

        assertEquals("Floor Lamp", lamp.name());
        assertEquals("living_room", lamp.areaId());
        assertEquals("Living Room", bare.current().areas().get("living_room").name());
    }

    @Test
    void discover_homeAssistantConfig_nameAndSuggestedAreaFromConfig() {
        Entity tv = bare.current().entity("media_player.living_room_tv").orElseThrow();

        assertEquals("TV", tv.name());
        assertEquals("living_room", tv.areaId(), "suggested area 'Living Room' matches the area the lamp created");
    }

    @Test
    void discover_everyEntity_sameIdsDomainsAndAreasAsHomeFileWherePossible() {
        for (Entity expected : f.home.entities().values()) {
            Entity actual = bare.current().entity(expected.id()).orElseThrow();
            assertEquals(expected.domain(), actual.domain(), expected.id());
            // a Zigbee friendly name without an area segment carries no area: only the layout knows it
            if (actual.areaId() != null) {
                assertEquals(expected.areaId(), actual.areaId(), expected.id());
            }
        }
    }
}
