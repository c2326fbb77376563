package io.ambient.devices;

/**
 * A typed command for one entity. The MQTT layer encodes it in the device's own protocol
 * (Home Assistant command topics or a Zigbee2MQTT JSON {@code set}).
 */
public sealed interface DeviceCommand {

    /** What a device must be able to do to take this command. */
    Capability capability();

    record TurnOn() implements DeviceCommand {
        public Capability capability() {
            return Capability.ON_OFF;
        }
    }

    record TurnOff() implements DeviceCommand {
        public Capability capability() {
            return Capability.ON_OFF;
        }
    }

    /** @param percent 0-100 */
    record SetBrightness(int percent) implements DeviceCommand {
        public Capability capability() {
            return Capability.BRIGHTNESS;
        }

        public SetBrightness {
            requirePercent(percent, "brightness");
        }
    }

    /** @param name the colour's name as said ("red"); r, g, b its value */
    record SetColor(String name, int r, int g, int b) implements DeviceCommand {
        public Capability capability() {
            return Capability.COLOR;
        }
    }

    /** @param percent 0 (closed) - 100 (open) */
    record SetPosition(int percent) implements DeviceCommand {
        public Capability capability() {
            return Capability.POSITION;
        }

        public SetPosition {
            requirePercent(percent, "position");
        }
    }

    record Open() implements DeviceCommand {
        public Capability capability() {
            return Capability.OPEN_CLOSE;
        }
    }

    record Close() implements DeviceCommand {
        public Capability capability() {
            return Capability.OPEN_CLOSE;
        }
    }

    /** @param celsius target temperature */
    record SetTargetTemperature(double celsius) implements DeviceCommand {
        public Capability capability() {
            return Capability.TARGET_TEMPERATURE;
        }
    }

    record MediaPlay() implements DeviceCommand {
        public Capability capability() {
            return Capability.MEDIA_PLAYBACK;
        }
    }

    record MediaPause() implements DeviceCommand {
        public Capability capability() {
            return Capability.MEDIA_PLAYBACK;
        }
    }

    record MediaNext() implements DeviceCommand {
        public Capability capability() {
            return Capability.MEDIA_PLAYBACK;
        }
    }

    record MediaPrevious() implements DeviceCommand {
        public Capability capability() {
            return Capability.MEDIA_PLAYBACK;
        }
    }

    /** @param percent 0-100 */
    record SetVolume(int percent) implements DeviceCommand {
        public Capability capability() {
            return Capability.VOLUME;
        }

        public SetVolume {
            requirePercent(percent, "volume");
        }
    }

    /** @param mediaClass {@code music}, {@code video}, {@code podcast}, ... or null */
    record PlayMedia(String query, String mediaClass) implements DeviceCommand {
        public Capability capability() {
            return Capability.MEDIA_SEARCH;
        }
    }

    record Lock() implements DeviceCommand {
        public Capability capability() {
            return Capability.LOCK;
        }
    }

    record Unlock() implements DeviceCommand {
        public Capability capability() {
            return Capability.LOCK;
        }
    }

    record VacuumStart() implements DeviceCommand {
        public Capability capability() {
            return Capability.VACUUM;
        }
    }

    record VacuumReturnToBase() implements DeviceCommand {
        public Capability capability() {
            return Capability.VACUUM;
        }
    }

    private static void requirePercent(int value, String what) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(what + " must be 0-100, was " + value);
        }
    }
}
