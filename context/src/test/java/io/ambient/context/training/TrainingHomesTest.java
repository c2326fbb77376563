package io.ambient.context.training;

import io.ambient.devices.HomeSnapshot;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingHomesTest {

    @Test
    void load_everyHomeParses_withAreasSitesAndDevicesOfEveryKind() {
        TrainingHomes homes = TrainingHomes.load();
        assertTrue(homes.ids().size() >= 4, homes.ids().toString());
        for (String id : homes.ids()) {
            HomeSnapshot h = homes.home(id);
            assertFalse(h.areas().isEmpty(), id);
            assertFalse(h.sites().isEmpty(), id);
            Set<String> domains = new HashSet<>();
            h.entities().values().forEach(e -> domains.add(e.domain()));
            for (String d : Set.of("light", "switch", "cover", "lock", "media_player", "climate", "vacuum", "todo")) {
                assertTrue(domains.contains(d), id + " has no " + d);
            }
        }
    }

    @Test
    void load_areaNamesDifferBetweenHomes() {
        TrainingHomes homes = TrainingHomes.load();
        Set<String> seen = new HashSet<>();
        int repeated = 0;
        for (HomeSnapshot h : homes.all().values()) {
            for (var a : h.areas().values()) {
                repeated += seen.add(a.name()) ? 0 : 1;
            }
        }
        assertTrue(repeated <= 1, repeated + " area names repeat across training homes");
    }

    @Test
    void home_unknownId_throwsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingHomes.load().home("castle"));
        assertTrue(e.getMessage().contains("castle"));
    }
}
