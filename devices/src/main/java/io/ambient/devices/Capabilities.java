package io.ambient.devices;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Infers what an entity can do from its domain, device class and attributes, as Home Assistant would. */
public final class Capabilities {
    private Capabilities() {
    }

    public static Set<Capability> infer(String domain, String deviceClass, Map<String, ?> attributes) {
        EnumSet<Capability> caps = EnumSet.noneOf(Capability.class);
        Map<String, ?> attrs = attributes == null ? Map.of() : attributes;
        switch (domain) {
            case "light" -> {
                caps.add(Capability.ON_OFF);
                caps.add(Capability.BRIGHTNESS);
                if (supportsColor(attrs.get("supported_color_modes"))) {
                    caps.add(Capability.COLOR);
                }
            }
            case "switch", "fan", "input_boolean" -> caps.add(Capability.ON_OFF);
            case "cover", "valve" -> {
                caps.add(Capability.OPEN_CLOSE);
                caps.add(Capability.POSITION);
            }
            case "climate", "water_heater" -> {
                caps.add(Capability.ON_OFF);
                caps.add(Capability.TARGET_TEMPERATURE);
                caps.add(Capability.CURRENT_TEMPERATURE);
            }
            case "media_player" -> {
                caps.add(Capability.ON_OFF);
                caps.add(Capability.MEDIA_PLAYBACK);
                caps.add(Capability.VOLUME);
                caps.add(Capability.MEDIA_SEARCH);
                if (Boolean.TRUE.equals(attrs.get("has_screen")) || "tv".equals(deviceClass)) {
                    caps.add(Capability.SCREEN);
                }
            }
            case "lock" -> caps.add(Capability.LOCK);
            case "vacuum" -> caps.add(Capability.VACUUM);
            case "sensor" -> {
                if ("temperature".equals(deviceClass)) {
                    caps.add(Capability.CURRENT_TEMPERATURE);
                } else {
                    caps.add(Capability.MEASUREMENT);
                }
            }
            default -> { }
        }
        // appliances (an oven is a climate or switch with a measured temperature)
        if (attrs.containsKey("current_temperature")) {
            caps.add(Capability.CURRENT_TEMPERATURE);
        }
        if (attrs.containsKey("temperature") && !"sensor".equals(domain)) {
            caps.add(Capability.TARGET_TEMPERATURE);
        }
        return caps;
    }

    private static boolean supportsColor(Object modes) {
        if (modes instanceof Collection<?> c) {
            for (Object m : c) {
                String s = String.valueOf(m);
                if (s.equals("rgb") || s.equals("rgbw") || s.equals("rgbww") || s.equals("hs") || s.equals("xy")) {
                    return true;
                }
            }
        }
        return false;
    }
}
