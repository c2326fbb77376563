package io.ambient.context.eval;

import io.ambient.context.ContextSnapshot;
import io.ambient.context.RecentTurn;
import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link ContextSnapshot} a case describes: its home with state overrides, area, time and user. */
final class CaseContext {
    private CaseContext() {
    }

    static ContextSnapshot of(EvalCase c, HomeSnapshot base, Clock clock, List<RecentTurn> recent) {
        HomeSnapshot home = withStates(c, base);
        return new ContextSnapshot(c.context().site(), area(c, home), c.context().user(), time(c, clock), home, recent);
    }

    /**
     * The same case with its context taken away: no site or speaker's area, the home's default device
     * states, no earlier turns. Measures what context adds (the words and the home's vocabulary remain).
     */
    static ContextSnapshot withoutContext(EvalCase c, HomeSnapshot base, Clock clock) {
        return new ContextSnapshot(null, null, c.context().user(), time(c, clock), base, List.of());
    }

    private static HomeSnapshot withStates(EvalCase c, HomeSnapshot home) {
        if (c.context().states().isEmpty()) {
            return home;
        }
        List<Entity> entities = new ArrayList<>(home.entities().values());
        for (Map.Entry<String, EvalCase.StateOverride> o : c.context().states().entrySet()) {
            int i = indexOf(entities, o.getKey());
            if (i < 0) {
                throw new EvalException(c.source() + ": case " + c.id() + " sets the state of unknown entity " + o.getKey());
            }
            Entity e = entities.get(i);
            Map<String, Object> attrs = new LinkedHashMap<>(e.attributes());
            attrs.putAll(o.getValue().attributes());
            entities.set(i, e.withState(o.getValue().state(), attrs, home.takenAt()));
        }
        return home.withEntities(entities, home.takenAt());
    }

    private static int indexOf(List<Entity> entities, String id) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** context.area (a name, alias or id) wins; otherwise the site's area from the home. */
    private static Area area(EvalCase c, HomeSnapshot home) {
        String wanted = c.context().area();
        if (wanted == null) {
            return home.areaOfSite(c.context().site()).orElse(null);
        }
        for (Area a : home.areas().values()) {
            if (a.id().equals(wanted) || a.name().equalsIgnoreCase(wanted)
                    || a.aliases().stream().anyMatch(wanted::equalsIgnoreCase)) {
                return a;
            }
        }
        throw new EvalException(c.source() + ": case " + c.id() + " is in unknown area " + wanted);
    }

    private static LocalDateTime time(EvalCase c, Clock clock) {
        if (c.context().time() == null) {
            return LocalDateTime.now(clock);
        }
        try {
            return LocalDateTime.parse(c.context().time());
        } catch (DateTimeParseException e) {
            throw new EvalException(c.source() + ": case " + c.id() + " has a bad time " + c.context().time(), e);
        }
    }
}
