package io.ambient.devices.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.devices.discovery.ColorSpace;
import io.ambient.devices.discovery.Zigbee2MqttNaming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a simulated device speaks Zigbee2MQTT: its entry in {@code bridge/devices}, its state JSON (brightness
 * 0-254, colour as CIE xy, as real bulbs report it) and the {@code set} commands it takes.
 */
final class Z2mDialect {
    static final Set<String> DOMAINS = Set.of("light", "switch", "fan", "cover", "lock", "climate", "sensor");
    private static final Set<String> MEASURES = Set.of("temperature", "humidity", "illuminance", "pressure");

    private final ObjectMapper json;
    private final String base;

    Z2mDialect(ObjectMapper json, String base) {
        this.json = json;
        this.base = base;
    }

    /** Whether this dialect can play {@code d} (Zigbee has no media players or vacuums). */
    static boolean canSimulate(SimDevice d) {
        return DOMAINS.contains(d.domain())
                && (!d.domain().equals("sensor") || MEASURES.contains(String.valueOf(d.entity.deviceClass())));
    }

    String friendlyName(SimDevice d) {
        return Zigbee2MqttNaming.friendlyName(d.entity);
    }

    String stateTopic(SimDevice d) {
        return base + "/" + friendlyName(d);
    }

    String setTopic(SimDevice d) {
        return stateTopic(d) + "/set";
    }

    String devicesTopic() {
        return base + "/bridge/devices";
    }

    /** The bridge device list: a coordinator and every device. */
    byte[] deviceList(List<SimDevice> devices) {
        List<Object> list = new ArrayList<>();
        list.add(Map.of("ieee_address", "0x00124b0000000000", "type", "Coordinator", "friendly_name", "Coordinator",
                "definition", Map.of()));
        for (SimDevice d : devices) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ieee_address", String.format("0x00158d%010x", Math.abs((long) d.id().hashCode())));
            entry.put("type", d.domain().equals("sensor") ? "EndDevice" : "Router");
            entry.put("friendly_name", friendlyName(d));
            entry.put("description", "Simulated " + d.entity.name());
            entry.put("definition", Map.of("model", "SIM-" + d.domain().toUpperCase(java.util.Locale.ROOT),
                    "vendor", "Ambient", "description", "Simulated " + d.domain(), "exposes", exposes(d)));
            list.add(entry);
        }
        return bytes(list);
    }

    private List<Object> exposes(SimDevice d) {
        List<Object> features = new ArrayList<>();
        switch (d.domain()) {
            case "light" -> {
                features.add(feature("binary", "state"));
                features.add(feature("numeric", "brightness"));
                if (d.entity.attributes().get("supported_color_modes") instanceof List<?> modes
                        && modes.stream().anyMatch(m -> !m.equals("brightness") && !m.equals("onoff"))) {
                    features.add(Map.of("type", "composite", "name", "color_xy", "property", "color"));
                }
            }
            case "cover" -> {
                features.add(feature("enum", "state"));
                features.add(feature("numeric", "position"));
            }
            case "lock" -> {
                features.add(feature("binary", "state"));
                features.add(feature("enum", "lock_state"));
            }
            case "climate" -> {
                features.add(feature("numeric", "local_temperature"));
                features.add(feature("numeric", "current_heating_setpoint"));
                features.add(feature("enum", "system_mode"));
            }
            case "sensor" -> {
                return List.of(Map.of("type", "numeric", "name", d.entity.deviceClass(), "property",
                                d.entity.deviceClass(), "unit", String.valueOf(d.attributes.getOrDefault("unit_of_measurement", ""))),
                        feature("numeric", "linkquality"));
            }
            default -> features.add(feature("binary", "state"));
        }
        return List.of(Map.of("type", d.domain(), "features", features), feature("numeric", "linkquality"));
    }

    private static Map<String, Object> feature(String type, String name) {
        return Map.of("type", type, "name", name, "property", name);
    }

    byte[] state(SimDevice d) {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (d.domain()) {
            case "light" -> {
                s.put("state", d.isOn() ? "ON" : "OFF");
                s.put("brightness", Math.round(d.intAttr("brightness", 0) * 254 / 255.0));
                if (d.attributes.get("rgb_color") instanceof List<?> rgb) {
                    double[] xy = ColorSpace.rgbToXy(((Number) rgb.get(0)).intValue(),
                            ((Number) rgb.get(1)).intValue(), ((Number) rgb.get(2)).intValue());
                    s.put("color_mode", "xy");
                    s.put("color", Map.of("x", round4(xy[0]), "y", round4(xy[1])));
                }
            }
            case "cover" -> {
                s.put("position", d.intAttr("current_position", 0));
                s.put("state", d.intAttr("current_position", 0) > 0 ? "OPEN" : "CLOSE");
                s.put("moving", d.state.equals("opening") ? "UP" : d.state.equals("closing") ? "DOWN" : "STOP");
            }
            case "lock" -> {
                s.put("state", d.state.equals("locked") ? "LOCK" : "UNLOCK");
                s.put("lock_state", d.state);
            }
            case "climate" -> {
                s.put("system_mode", d.state);
                s.put("current_heating_setpoint", d.attr("temperature", 20));
                s.put("local_temperature", d.attr("current_temperature", 20));
                s.put("running_state", d.isOn() && d.attr("current_temperature", 20) < d.attr("temperature", 20)
                        ? "heat" : "idle");
            }
            case "sensor" -> {
                s.put(d.entity.deviceClass(), Double.parseDouble(d.state));
                s.put("battery", 97);
            }
            default -> s.put("state", d.isOn() ? "ON" : "OFF");
        }
        s.put("linkquality", 120);
        return bytes(s);
    }

    byte[] availability(SimDevice d) {
        return bytes(Map.of("state", d.available ? "online" : "offline"));
    }

    /** Applies a {@code set} payload; throws for one it cannot read. */
    void apply(SimDevice d, byte[] payload) throws java.io.IOException {
        JsonNode cmd = json.readTree(payload);
        if (cmd == null || !cmd.isObject()) {
            throw new IllegalArgumentException("a set command is a JSON object");
        }
        if (cmd.has("state")) {
            String s = cmd.get("state").asText();
            switch (s) {
                case "ON", "OFF" -> d.setOn(s.equals("ON"));
                case "TOGGLE" -> d.setOn(!d.isOn());
                case "OPEN" -> d.moveTo(100);
                case "CLOSE" -> d.moveTo(0);
                case "STOP" -> d.stopCover();
                case "LOCK", "UNLOCK" -> d.setLocked(s.equals("LOCK"));
                default -> throw new IllegalArgumentException("unknown state command '" + s + "'");
            }
        }
        if (cmd.has("brightness")) {
            d.setBrightness((int) Math.round(cmd.get("brightness").asDouble() * 255 / 254));
        }
        if (cmd.has("color")) {
            JsonNode c = cmd.get("color");
            d.setColor(c.get("r").asInt(), c.get("g").asInt(), c.get("b").asInt());
        }
        if (cmd.has("position")) {
            d.moveTo(cmd.get("position").asDouble());
        }
        if (cmd.has("current_heating_setpoint")) {
            d.setSetpoint(cmd.get("current_heating_setpoint").asDouble());
        }
        if (cmd.has("system_mode")) {
            d.setMode(cmd.get("system_mode").asText());
        }
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
