package io.ambient.context.resolve;

import io.ambient.context.Hypothesis;
import io.ambient.devices.Entity;

import java.util.List;
import java.util.Set;

/**
 * State questions about a kind of device ("which lights are on?", "is the tv on?") answer with the
 * matching devices that are in the asked-about state; a device asked about by name stays the target
 * whatever its state ("is the kettle on?" is about the kettle).
 */
final class StateFilter {
    private static final Set<String> NOT_ON = Set.of("off", "standby", "unavailable", "unknown");

    private StateFilter() {
    }

    static Targeting apply(Hypothesis h, Targeting t, HomeView view) {
        String wanted = h.slots().text("state").orElse(null);
        if (!(t instanceof Targeting.Found f) || wanted == null || !h.mentions().isEmpty()) {
            return t;
        }
        List<String> in = view.byIds(f.targets()).stream().filter(e -> inState(e, wanted)).map(Entity::id).toList();
        return new Targeting.Found(in, f.slots(), f.used(), f.sure());
    }

    static boolean inState(Entity e, String wanted) {
        String s = e.state();
        return switch (wanted) {
            case "on" -> e.domain().equals("media_player") ? !NOT_ON.contains(s) : s.equals("on");
            case "open" -> s.equals("open") || s.equals("opening");
            case "closed" -> s.equals("closed") || s.equals("closing");
            default -> s.equals(wanted);
        };
    }
}
