package io.ambient.devices.discovery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code zigbee2mqtt/bridge/devices}, reduced to what the registry needs: one entity per device,
 * its domain and device class read from {@code definition.exposes}.
 *
 * @param measured for sensors, the state key holding the value ({@code temperature}, {@code humidity}, ...)
 */
record Z2mDevice(String friendlyName, String ieeeAddress, String domain, String deviceClass, String measured,
                 Map<String, Object> attributes) {

    private static final List<String> ACTUATORS = List.of("light", "switch", "fan", "cover", "lock", "climate");
    private static final List<String> SENSORS = List.of("temperature", "humidity", "illuminance", "pressure",
            "power", "energy", "co2");
    private static final List<String> BINARY = List.of("contact", "occupancy", "water_leak", "smoke");

    /** Empty for the coordinator and devices Zigbee2MQTT does not support (no definition, nothing usable). */
    static Optional<Z2mDevice> parse(JsonNode d) {
        if (!d.isObject()) {
            throw new BadPayloadException("device entry is not an object: " + d.getNodeType());
        }
        JsonNode fn = d.get("friendly_name");
        if (fn == null || !fn.isTextual() || fn.asText().isBlank()) {
            throw new BadPayloadException("device entry without a text friendly_name");
        }
        if ("Coordinator".equals(d.path("type").asText()) || d.path("disabled").asBoolean(false)) {
            return Optional.empty();
        }
        JsonNode exposes = d.path("definition").path("exposes");
        if (!exposes.isArray()) {
            return Optional.empty();
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (d.hasNonNull("description") && !d.get("description").asText().isBlank()) {
            attrs.put("description", d.get("description").asText());
        }
        String ieee = d.path("ieee_address").asText("");
        for (JsonNode e : exposes) {
            String type = e.path("type").asText();
            if (ACTUATORS.contains(type)) {
                if (type.equals("light")) {
                    attrs.put("supported_color_modes", colorModes(e.path("features")));
                }
                return Optional.of(new Z2mDevice(fn.asText(), ieee, type, null, null, attrs));
            }
        }
        for (JsonNode e : exposes) {
            String name = e.path("name").asText();
            if (SENSORS.contains(name)) {
                if (e.hasNonNull("unit")) {
                    attrs.put("unit_of_measurement", e.get("unit").asText());
                }
                return Optional.of(new Z2mDevice(fn.asText(), ieee, "sensor", name, name, attrs));
            }
            if (BINARY.contains(name)) {
                return Optional.of(new Z2mDevice(fn.asText(), ieee, "binary_sensor", name, name, attrs));
            }
        }
        return Optional.empty();
    }

    private static List<String> colorModes(JsonNode features) {
        boolean brightness = false;
        for (JsonNode f : features) {
            String name = f.path("name").asText();
            if (name.equals("color_xy")) {
                return List.of("xy");
            }
            if (name.equals("color_hs")) {
                return List.of("hs");
            }
            brightness |= name.equals("brightness");
        }
        return List.of(brightness ? "brightness" : "onoff");
    }
}
