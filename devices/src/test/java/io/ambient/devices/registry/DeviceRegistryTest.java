package io.ambient.devices.registry;

import io.ambient.devices.Area;
import io.ambient.devices.Capability;
import io.ambient.devices.DeviceProtocol;
import io.ambient.devices.Entity;
import io.ambient.devices.Floor;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceRegistryTest {
    private static final Instant T0 = Instant.parse("2026-05-01T07:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final HomeSnapshot LAYOUT = HomeFile.parse("""
            {"floors": [{"id": "ground", "name": "Ground Floor"}],
             "areas": [{"id": "living_room", "name": "Living Room", "aliases": ["lounge"], "floor": "ground"}],
             "entities": [{"id": "light.floor_lamp", "name": "Floor Lamp", "aliases": ["standing lamp"],
                           "area": "living_room", "state": "off", "attributes": {"supported_color_modes": ["rgb"]}}]}
            """, T0);

    private static DiscoveredEntity light(String id, String name, String area) {
        return new DiscoveredEntity(id, "light", name, null, area, Map.of(), DeviceProtocol.HOME_ASSISTANT);
    }

    @Test
    void new_layoutWithEntities_exposesOnlyAreasUntilDiscovered() {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);

        assertTrue(registry.current().entities().isEmpty());
        assertEquals(LAYOUT.areas(), registry.current().areas());
    }

    @Test
    void upsert_layoutEntityWithoutNameOrArea_keepsLayoutNameAliasesAreaAndCapabilities() {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);

        Entity e = registry.upsert(light("light.floor_lamp", null, null));

        assertEquals("Floor Lamp", e.name());
        assertEquals(List.of("standing lamp"), e.aliases());
        assertEquals("living_room", e.areaId());
        assertTrue(e.has(Capability.COLOR), "colour from the layout's supported_color_modes");
        assertEquals("unknown", e.state(), "no state until the device reports one");
    }

    @Test
    void upsert_discoveryGivesNameAndArea_discoveryWins() {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);

        Entity e = registry.upsert(light("light.floor_lamp", "Big Lamp", "lounge"));

        assertEquals("Big Lamp", e.name());
        assertEquals("living_room", e.areaId(), "alias 'lounge' maps to the living room");
    }

    @Test
    void upsert_unknownSuggestedArea_createsAreaWithoutFloor() {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);

        Entity e = registry.upsert(light("light.shed", null, "Garden Shed"));

        assertEquals("garden_shed", e.areaId());
        Area created = registry.current().areas().get("garden_shed");
        assertEquals("Garden Shed", created.name());
        assertNull(created.floorId());
        assertEquals("Shed", e.name(), "name derived from the object id");
    }

    @Test
    void report_stateAndAttributes_mergedAndListenersNotified() throws Exception {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);
        registry.upsert(light("light.floor_lamp", null, null));
        List<HomeSnapshot> seen = new ArrayList<>();
        registry.subscribe(seen::add);

        registry.report("light.floor_lamp", "on", Map.of("brightness", 128));
        registry.report("light.floor_lamp", null, Map.of("rgb_color", List.of(255, 0, 0)));

        Entity e = registry.current().entity("light.floor_lamp").orElseThrow();
        assertEquals("on", e.state());
        assertEquals(128, e.attributes().get("brightness"));
        assertEquals(List.of(255, 0, 0), e.attributes().get("rgb_color"));
        assertEquals(2, seen.size());
    }

    @Test
    void report_unchangedState_noSnapshotButReportListenerCalled() throws Exception {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);
        registry.upsert(light("light.floor_lamp", null, null));
        registry.report("light.floor_lamp", "on", Map.of());
        List<HomeSnapshot> snapshots = new ArrayList<>();
        List<Entity> reports = new ArrayList<>();
        registry.subscribe(snapshots::add);
        registry.onReport(reports::add);

        registry.report("light.floor_lamp", "on", Map.of());

        assertTrue(snapshots.isEmpty());
        assertEquals(1, reports.size());
    }

    @Test
    void report_unknownEntity_ignored() {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);

        assertTrue(registry.report("light.ghost", "on", Map.of()).isEmpty());
        assertTrue(registry.current().entities().isEmpty());
    }

    @Test
    void subscribe_listenerThrows_otherListenersStillNotified() {
        DeviceRegistry registry = new DeviceRegistry(LAYOUT, CLOCK);
        List<HomeSnapshot> seen = new ArrayList<>();
        registry.subscribe(s -> {
            throw new IllegalStateException("listener bug");
        });
        registry.subscribe(seen::add);

        registry.upsert(light("light.floor_lamp", null, null));

        assertEquals(1, seen.size());
    }

    @Test
    void remove_discoveredEntity_goneFromSnapshot() {
        DeviceRegistry registry = new DeviceRegistry(HomeSnapshot.of(List.of(new Floor("g", "Ground", null)),
                List.of(), List.of(), List.of(), T0), CLOCK);
        registry.upsert(light("light.x", "X", null));

        registry.remove("light.x");

        assertTrue(registry.current().entity("light.x").isEmpty());
    }
}
