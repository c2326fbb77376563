package io.ambient.context.resolve;

import io.ambient.context.Slots;
import io.ambient.devices.Capability;
import io.ambient.devices.Entity;

import static io.ambient.context.Intents.*;

/**
 * Whether a device can do what an intent asks: a thermostat for a temperature, a cover for a position;
 * never a brightness to a switch.
 */
final class Fit {
    private Fit() {
    }

    static boolean fits(String intent, Slots slots, Entity e) {
        return switch (intent) {
            case TURN_ON, TURN_OFF -> e.has(Capability.ON_OFF) || e.has(Capability.OPEN_CLOSE) || e.has(Capability.LOCK)
                    || e.has(Capability.VACUUM);
            case LIGHT_SET -> (!slots.has("brightness") || e.has(Capability.BRIGHTNESS))
                    && (!slots.has("color") || e.has(Capability.COLOR)) && e.domain().equals("light");
            case CLIMATE_SET_TEMPERATURE -> e.has(Capability.TARGET_TEMPERATURE);
            case CLIMATE_GET_TEMPERATURE -> e.has(Capability.CURRENT_TEMPERATURE);
            case SET_POSITION -> e.has(Capability.POSITION);
            case MEDIA_PAUSE, MEDIA_UNPAUSE, MEDIA_NEXT, MEDIA_PREVIOUS -> e.has(Capability.MEDIA_PLAYBACK);
            case SET_VOLUME -> e.has(Capability.VOLUME);
            case MEDIA_SEARCH_AND_PLAY -> e.has(Capability.MEDIA_SEARCH);
            case VACUUM_START, VACUUM_RETURN_TO_BASE -> e.has(Capability.VACUUM);
            default -> true;
        };
    }

    /** The words a refusal uses: "The kettle can't do that." */
    static String cannot(Entity e) {
        return "The " + e.name().toLowerCase(java.util.Locale.ROOT) + " can't do that.";
    }
}
