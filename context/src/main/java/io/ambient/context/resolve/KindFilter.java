package io.ambient.context.resolve;

import io.ambient.context.Slots;
import io.ambient.devices.Capability;
import io.ambient.devices.Entity;

import java.util.Locale;
import java.util.Optional;

/**
 * Membership in the kind the slots name ({@code domain} and {@code device_class}), so resolution reads
 * the same slots a trained understander would produce.
 */
record KindFilter(String domain, String deviceClass) {

    static Optional<KindFilter> of(Slots slots) {
        String d = slots.text("domain").orElse(null);
        String c = slots.text("device_class").orElse(null);
        return d == null && c == null ? Optional.empty() : Optional.of(new KindFilter(d, c));
    }

    boolean matches(Entity e) {
        if (domain != null && !domain.equals(e.domain())) {
            return false;
        }
        if (deviceClass == null) {
            return !"climate".equals(domain) || e.has(Capability.TARGET_TEMPERATURE);
        }
        return switch (deviceClass) {
            case "tv" -> e.has(Capability.SCREEN);
            case "speaker" -> !e.has(Capability.SCREEN);
            // a cover without a device class still counts by its name ("Patio Blinds")
            default -> deviceClass.equals(e.deviceClass()) || e.deviceClass() == null
                    && e.domain().equals("cover") && e.name().toLowerCase(Locale.ROOT).contains(deviceClass);
        };
    }

    /** A word for the kind in questions and refusals ("lights", "blinds", "TV"). */
    String noun() {
        if (deviceClass != null) {
            return deviceClass.equals("tv") ? "TV" : deviceClass;
        }
        if (domain == null) {
            return "device";
        }
        return switch (domain) {
            case "climate" -> "thermostat";
            case "media_player" -> "player";
            default -> domain.replace('_', ' ');
        };
    }
}
