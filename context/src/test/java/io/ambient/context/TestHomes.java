package io.ambient.context;

import io.ambient.devices.Area;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The dev home of src/test/resources/dev and contexts in it. */
public final class TestHomes {
    public static final Instant AT = Instant.parse("2026-05-01T08:00:00Z");

    private TestHomes() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestHomes.class.getResource("/dev/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HomeSnapshot dev() {
        return HomeFile.read(resource("home.json"), AT);
    }

    /** The dev home with some states changed, e.g. {@code "switch.oven", "on"}. */
    public static HomeSnapshot dev(String... idStatePairs) {
        HomeSnapshot h = dev();
        for (int i = 0; i < idStatePairs.length; i += 2) {
            var e = h.entity(idStatePairs[i]).orElseThrow();
            h = h.with(e.withState(idStatePairs[i + 1], e.attributes(), AT), AT);
        }
        return h;
    }

    public static ContextSnapshot in(HomeSnapshot home, String areaId) {
        Area area = areaId == null ? null : home.area(areaId).orElseThrow();
        return new ContextSnapshot(null, area, "ann", LocalDateTime.of(2026, 5, 1, 8, 0), home, List.of());
    }

    public static ContextSnapshot in(HomeSnapshot home, String areaId, List<RecentTurn> recent) {
        Area area = areaId == null ? null : home.area(areaId).orElseThrow();
        return new ContextSnapshot(null, area, "ann", LocalDateTime.of(2026, 5, 1, 8, 0), home, recent);
    }
}
