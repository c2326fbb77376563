package io.ambient.context.resolve;

import io.ambient.context.Hypothesis;
import io.ambient.context.Slots;
import io.ambient.devices.Entity;

import java.util.Optional;

import static io.ambient.context.Intents.CLIMATE_SET_TEMPERATURE;
import static io.ambient.context.Intents.LIGHT_SET;
import static io.ambient.context.Intents.SET_VOLUME;

/**
 * Relative requests become absolute values from the target's state (conventions, "Natural phrasing"):
 * "I'm cold" = target temperature + 1 °C, "turn it up" = volume + 10.
 */
final class Adjustments {
    static final double TEMPERATURE_STEP = 1.0;
    static final int VOLUME_STEP = 10;
    /** "brighter"/"dimmer" without a number; an off light counts as brightness 0. */
    static final int BRIGHTNESS_STEP = 25;

    private Adjustments() {
    }

    static Slots apply(String intent, Hypothesis h, Slots slots, Optional<Entity> target) {
        int dir = h.cues().direction();
        if (dir == 0 || target.isEmpty()) {
            return slots;
        }
        Entity e = target.get();
        if (intent.equals(CLIMATE_SET_TEMPERATURE) && !slots.has("temperature")) {
            Optional<Double> now = e.number("temperature");
            if (now.isPresent()) {
                double t = now.get() + dir * TEMPERATURE_STEP;
                return slots.with("temperature", t == Math.rint(t) ? (Number) (int) t : (Number) t);
            }
        }
        if (intent.equals(LIGHT_SET) && !slots.has("brightness") && !slots.has("color")) {
            double now = "off".equals(e.state()) ? 0 : e.number("brightness").orElse(0.0);
            long b = Math.round(now) + (long) dir * BRIGHTNESS_STEP;
            return slots.with("brightness", (int) Math.max(1, Math.min(100, b)));
        }
        if (intent.equals(SET_VOLUME) && !slots.has("volume_level")) {
            Optional<Double> now = e.number("volume_level");
            if (now.isPresent()) {
                long v = Math.round(now.get() * 100) + (long) dir * VOLUME_STEP;
                return slots.with("volume_level", (int) Math.max(0, Math.min(100, v)));
            }
        }
        return slots;
    }
}
