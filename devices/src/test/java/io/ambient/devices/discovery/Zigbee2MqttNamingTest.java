package io.ambient.devices.discovery;

import io.ambient.devices.DeviceProtocol;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Zigbee2MqttNamingTest {

    @Test
    void friendlyName_everyZigbeeEntityOfDemoHome_roundTripsToSameIdAndArea() {
        Path demo = Files.exists(Path.of("../homes/demo.json")) ? Path.of("../homes/demo.json") : Path.of("homes/demo.json");
        HomeSnapshot home = HomeFile.read(demo, Instant.EPOCH);
        int checked = 0;
        for (Entity e : home.entities().values()) {
            if (e.protocol() != DeviceProtocol.ZIGBEE2MQTT) {
                continue;
            }
            String fn = Zigbee2MqttNaming.friendlyName(e);

            assertEquals(e.id(), Zigbee2MqttNaming.entityId(e.domain(), fn), fn);
            Zigbee2MqttNaming.areaHint(fn).ifPresent(area -> assertEquals(e.areaId(), area, fn));
            checked++;
        }
        assertTrue(checked * 3 >= home.entities().size(), "at least a third of the demo home is Zigbee2MQTT");
    }

    @Test
    void entityId_friendlyNameWithSpacesAndSlash_sluggedLikeHomeAssistant() {
        assertEquals("light.living_room_floor_lamp", Zigbee2MqttNaming.entityId("light", "Living Room/Floor Lamp"));
        assertEquals("Living Room", Zigbee2MqttNaming.areaHint("Living Room/Floor Lamp").orElseThrow());
        assertTrue(Zigbee2MqttNaming.areaHint("hallway_sensor").isEmpty());
    }
}
