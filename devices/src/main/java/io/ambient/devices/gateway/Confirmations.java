package io.ambient.devices.gateway;

import io.ambient.devices.DeviceCommand;
import io.ambient.devices.Entity;
import io.ambient.devices.discovery.ColorSpace;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which reported state confirms a command. Comparisons allow for the rounding of the device's own scales
 * (Zigbee2MQTT brightness is 0-254, colours may come back as CIE xy).
 */
final class Confirmations {
    private Confirmations() {
    }

    /** @param before the entity as it was when the command was sent (next/previous compare against it) */
    static Predicate<Entity> of(DeviceCommand c, Entity before) {
        if (c instanceof DeviceCommand.TurnOn) {
            return Confirmations::isOn;
        } else if (c instanceof DeviceCommand.TurnOff) {
            return e -> !isOn(e) && !"unknown".equals(e.state());
        } else if (c instanceof DeviceCommand.SetBrightness b) {
            return b.percent() == 0 ? e -> "off".equals(e.state())
                    : e -> "on".equals(e.state()) && near(e.number("brightness"), b.percent() * 255.0 / 100, 3);
        } else if (c instanceof DeviceCommand.SetColor col) {
            return e -> "on".equals(e.state()) && colorMatches(e, col);
        } else if (c instanceof DeviceCommand.SetPosition p) {
            return e -> near(e.number("current_position"), p.percent(), 1)
                    && !"opening".equals(e.state()) && !"closing".equals(e.state());
        } else if (c instanceof DeviceCommand.Open) {
            // "open" alone is also the state of a half-open cover that has not started moving yet
            return e -> "open".equals(e.state()) && e.number("current_position").map(p -> p >= 99).orElse(true);
        } else if (c instanceof DeviceCommand.Close) {
            return e -> "closed".equals(e.state()) && e.number("current_position").map(p -> p <= 1).orElse(true);
        } else if (c instanceof DeviceCommand.SetTargetTemperature t) {
            return e -> near(e.number("temperature"), t.celsius(), 0.05);
        }
        return media(c, before).orElseGet(() -> other(c));
    }

    private static Optional<Predicate<Entity>> media(DeviceCommand c, Entity before) {
        Predicate<Entity> p = null;
        if (c instanceof DeviceCommand.MediaPlay) {
            p = e -> "playing".equals(e.state());
        } else if (c instanceof DeviceCommand.MediaPause) {
            p = e -> "paused".equals(e.state());
        } else if (c instanceof DeviceCommand.MediaNext || c instanceof DeviceCommand.MediaPrevious) {
            p = e -> trackChanged(before, e);
        } else if (c instanceof DeviceCommand.SetVolume v) {
            p = e -> near(e.number("volume_level"), v.percent() / 100.0, 0.011);
        } else if (c instanceof DeviceCommand.PlayMedia m) {
            p = e -> "playing".equals(e.state()) && (m.query().equals(e.attributes().get("media_content_id"))
                    || String.valueOf(e.attributes().get("media_title")).toLowerCase(Locale.ROOT)
                    .contains(m.query().toLowerCase(Locale.ROOT)));
        }
        return Optional.ofNullable(p);
    }

    private static Predicate<Entity> other(DeviceCommand c) {
        if (c instanceof DeviceCommand.Lock) {
            return e -> "locked".equals(e.state());
        } else if (c instanceof DeviceCommand.Unlock) {
            return e -> "unlocked".equals(e.state());
        } else if (c instanceof DeviceCommand.VacuumStart) {
            return e -> "cleaning".equals(e.state());
        } else if (c instanceof DeviceCommand.VacuumReturnToBase) {
            return e -> "returning".equals(e.state()) || "docked".equals(e.state());
        }
        throw new IllegalArgumentException("no confirmation rule for " + c);
    }

    private static boolean isOn(Entity e) {
        return switch (e.domain()) {
            case "cover" -> "open".equals(e.state()) && e.number("current_position").map(p -> p >= 99).orElse(true);
            case "vacuum" -> "cleaning".equals(e.state());
            case "lock" -> "locked".equals(e.state());
            default -> !"off".equals(e.state()) && !"unknown".equals(e.state()) && !"unavailable".equals(e.state());
        };
    }

    private static boolean trackChanged(Entity before, Entity now) {
        return !Objects.equals(before.attributes().get("media_title"), now.attributes().get("media_title"))
                || !Objects.equals(before.attributes().get("media_track"), now.attributes().get("media_track"));
    }

    private static boolean near(Optional<Double> value, double target, double tolerance) {
        return value.isPresent() && Math.abs(value.get() - target) <= tolerance;
    }

    private static boolean colorMatches(Entity e, DeviceCommand.SetColor c) {
        if (e.attributes().get("rgb_color") instanceof List<?> rgb && rgb.size() == 3) {
            return close(rgb.get(0), c.r(), 8) && close(rgb.get(1), c.g(), 8) && close(rgb.get(2), c.b(), 8);
        }
        if (e.attributes().get("xy_color") instanceof List<?> xy && xy.size() == 2) {
            double[] want = ColorSpace.rgbToXy(c.r(), c.g(), c.b());
            return close(xy.get(0), want[0], 0.02) && close(xy.get(1), want[1], 0.02);
        }
        return false;
    }

    private static boolean close(Object v, double target, double tolerance) {
        return v instanceof Number n && Math.abs(n.doubleValue() - target) <= tolerance;
    }
}
