package io.ambient.context.nlu;

import io.ambient.devices.Capability;
import io.ambient.devices.Entity;

import java.util.Locale;

/**
 * A kind of device the words can name instead of a device ("the lights", "the telly", "blinds").
 *
 * @param key         stable name of the kind, for traces
 * @param domain      the {@code domain} slot value, or null when the home decides (a "window" may be a
 *                    cover or a binary sensor)
 * @param deviceClass the {@code device_class} slot value, or null
 * @param shape       how entities are tested for membership
 */
public record DeviceKind(String key, String domain, String deviceClass, Shape shape) {

    /** Membership tests that are not simply "same domain". */
    public enum Shape { DOMAIN, DOMAIN_AND_CLASS, CLASS_ONLY, SCREEN, SPEAKER, THERMOSTAT, DOOR }

    public boolean matches(Entity e) {
        return switch (shape) {
            case DOMAIN -> e.domain().equals(domain);
            case DOMAIN_AND_CLASS -> e.domain().equals(domain) && (deviceClass.equals(e.deviceClass())
                    || e.deviceClass() == null && e.name().toLowerCase(Locale.ROOT).contains(deviceClass));
            case CLASS_ONLY -> deviceClass.equals(e.deviceClass());
            case SCREEN -> e.domain().equals("media_player") && e.has(Capability.SCREEN);
            case SPEAKER -> e.domain().equals("media_player") && !e.has(Capability.SCREEN);
            case DOOR -> "door".equals(e.deviceClass()) || e.domain().equals("lock");
            case THERMOSTAT -> e.domain().equals("climate") && e.has(Capability.TARGET_TEMPERATURE)
                    ;
        };
    }
}
