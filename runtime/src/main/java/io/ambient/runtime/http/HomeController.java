package io.ambient.runtime.http;

import io.ambient.context.RecentTurn;
import io.ambient.devices.Area;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.HomeStateSource;
import io.ambient.runtime.turn.RecentTurns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the runtime knows of the home: its devices, and the context a site's next turn would see. */
@Controller("/api")
public class HomeController {
    private final HomeStateSource home;
    private final RecentTurns recentTurns;
    private final Clock clock;

    public HomeController(HomeStateSource home, RecentTurns recentTurns, Clock clock) {
        this.home = home;
        this.recentTurns = recentTurns;
        this.clock = clock;
    }

    @Get("/devices")
    @Operation(summary = "Every known entity with its state, capabilities and availability")
    public List<DeviceJson> devices() {
        HomeSnapshot snapshot = home.current();
        return snapshot.entities().values().stream().map(e -> DeviceJson.of(e, snapshot)).toList();
    }

    @Get("/context")
    @Operation(summary = "The context a turn from this site would be interpreted in")
    public ContextView context(@Nullable @QueryValue String site) {
        HomeSnapshot snapshot = home.current();
        Optional<Area> area = snapshot.areaOfSite(site);
        List<DeviceJson> inArea = area.map(a -> snapshot.entities().values().stream()
                .filter(e -> a.id().equals(e.areaId())).map(e -> DeviceJson.of(e, snapshot)).toList())
                .orElse(List.of());
        List<String> recent = recentTurns.of(RecentTurns.conversationKey(site, null)).stream()
                .map(RecentTurn::text).toList();
        Map<String, String> sites = new java.util.TreeMap<>();
        snapshot.sites().values().forEach(s -> sites.put(s.id(),
                snapshot.area(s.areaId()).map(Area::name).orElse(s.areaId())));
        return new ContextView(site, area.map(Area::name).orElse(null), LocalDateTime.now(clock).toString(),
                snapshot.entities().size(), inArea, recent, sites);
    }

    /** The answer of {@code GET /api/context}. */
    @Serdeable
    public record ContextView(@Nullable String site, @Nullable String area, String time, int entities,
                              List<DeviceJson> devicesInArea, List<String> recentTurns, Map<String, String> sites) { }
}
