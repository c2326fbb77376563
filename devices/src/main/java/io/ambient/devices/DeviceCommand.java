package io.ambient.devices;

/**
 * A typed command for one entity. The MQTT layer encodes it in the device's own protocol
 * (Home Assistant command topics or a Zigbee2MQTT JSON {@code set}).
 */
public sealed interface DeviceCommand {

    record TurnOn() implements DeviceCommand { }

    record TurnOff() implements DeviceCommand { }

    /** @param percent 0-100 */
    record SetBrightness(int percent) implements DeviceCommand {
        public SetBrightness {
            requirePercent(percent, "brightness");
        }
    }

    /** @param name the colour's name as said ("red"); r, g, b its value */
    record SetColor(String name, int r, int g, int b) implements DeviceCommand { }

    /** @param percent 0 (closed) - 100 (open) */
    record SetPosition(int percent) implements DeviceCommand {
        public SetPosition {
            requirePercent(percent, "position");
        }
    }

    record Open() implements DeviceCommand { }

    record Close() implements DeviceCommand { }

    /** @param celsius target temperature */
    record SetTargetTemperature(double celsius) implements DeviceCommand { }

    record MediaPlay() implements DeviceCommand { }

    record MediaPause() implements DeviceCommand { }

    record MediaNext() implements DeviceCommand { }

    record MediaPrevious() implements DeviceCommand { }

    /** @param percent 0-100 */
    record SetVolume(int percent) implements DeviceCommand {
        public SetVolume {
            requirePercent(percent, "volume");
        }
    }

    /** @param mediaClass {@code music}, {@code video}, {@code podcast}, ... or null */
    record PlayMedia(String query, String mediaClass) implements DeviceCommand { }

    record Lock() implements DeviceCommand { }

    record Unlock() implements DeviceCommand { }

    record VacuumStart() implements DeviceCommand { }

    record VacuumReturnToBase() implements DeviceCommand { }

    private static void requirePercent(int value, String what) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(what + " must be 0-100, was " + value);
        }
    }
}
