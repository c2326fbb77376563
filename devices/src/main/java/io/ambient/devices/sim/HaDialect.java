package io.ambient.devices.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a simulated device speaks Home Assistant MQTT discovery: its config, its state messages and the commands
 * it understands (the subset documented in the discovery package). Topics live under
 * {@code ambient-sim/<object_id>}; configs use the {@code ~} base and some abbreviations, as real devices do.
 */
final class HaDialect {
    static final Set<String> DOMAINS = Set.of("light", "switch", "fan", "cover", "lock", "climate", "sensor",
            "binary_sensor", "vacuum", "media_player");
    /** attributes carried by a domain's own topics or config, not repeated on the attributes topic */
    private static final Set<String> CARRIED = Set.of("brightness", "rgb_color", "color_mode", "supported_color_modes",
            "current_position", "temperature", "hvac_action", "modes", "volume_level", "media_title", "media_track",
            "media_content_id", "media_content_type", "battery_level", "unit_of_measurement", "device_class");

    private final ObjectMapper json;
    private final String discoveryPrefix;

    HaDialect(ObjectMapper json, String discoveryPrefix) {
        this.json = json;
        this.discoveryPrefix = discoveryPrefix;
    }

    String base(SimDevice d) {
        return "ambient-sim/" + d.objectId();
    }

    String configTopic(SimDevice d) {
        // sensors use the short form without node id, everything else the long one: both forms get exercised
        return d.domain().equals("sensor") ? discoveryPrefix + "/sensor/" + d.objectId() + "/config"
                : discoveryPrefix + "/" + d.domain() + "/ambient_sim/" + d.objectId() + "/config";
    }

    /** Topics that carry commands to this device. */
    List<String> commandTopics(SimDevice d) {
        String b = base(d);
        return switch (d.domain()) {
            case "cover" -> List.of(b + "/set", b + "/position/set");
            case "climate" -> List.of(b + "/mode/set", b + "/target/set");
            case "sensor", "binary_sensor" -> List.of();
            default -> List.of(b + "/set");
        };
    }

    Map<String, Object> config(SimDevice d, String areaName) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("~", base(d));
        c.put("name", d.entity.name());
        c.put("uniq_id", "ambient_sim_" + d.objectId());
        c.put("object_id", d.objectId());
        c.put("avty_t", "~/availability");
        c.put("json_attr_t", "~/attributes");
        if (d.entity.deviceClass() != null) {
            c.put("device_class", d.entity.deviceClass());
        }
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("identifiers", List.of("ambient_sim_" + d.objectId()));
        device.put("name", d.entity.name());
        device.put("manufacturer", "Ambient simulator");
        if (areaName != null) {
            device.put("suggested_area", areaName);
        }
        c.put("device", device);
        putDomainKeys(d, c);
        return c;
    }

    private static void putDomainKeys(SimDevice d, Map<String, Object> c) {
        switch (d.domain()) {
            case "light" -> {
                c.put("schema", "json");
                c.put("stat_t", "~/state");
                c.put("cmd_t", "~/set");
                c.put("brightness", true);
                c.put("supported_color_modes", d.attributes.getOrDefault("supported_color_modes", List.of("brightness")));
            }
            case "cover" -> {
                c.put("state_topic", "~/state");
                c.put("command_topic", "~/set");
                c.put("position_topic", "~/position");
                c.put("set_position_topic", "~/position/set");
            }
            case "climate" -> {
                c.put("mode_state_topic", "~/mode");
                c.put("mode_command_topic", "~/mode/set");
                c.put("temperature_state_topic", "~/target");
                c.put("temperature_command_topic", "~/target/set");
                c.put("current_temperature_topic", "~/current");
                c.put("action_topic", "~/action");
                c.put("modes", d.attributes.getOrDefault("modes", List.of("off", "heat")));
            }
            case "sensor", "binary_sensor" -> {
                c.put("state_topic", "~/state");
                if (d.attributes.get("unit_of_measurement") != null) {
                    c.put("unit_of_measurement", d.attributes.get("unit_of_measurement"));
                }
            }
            case "vacuum" -> {
                c.put("schema", "state");
                c.put("state_topic", "~/state");
                c.put("command_topic", "~/set");
                c.put("supported_features", List.of("start", "return_home", "status", "battery"));
            }
            default -> {
                c.put("stat_t", "~/state");
                c.put("cmd_t", "~/set");
            }
        }
    }

    /** Every state message of the device: topic -> payload. */
    Map<String, byte[]> states(SimDevice d) {
        String b = base(d);
        Map<String, Object> attrs = d.visibleAttributes();
        Map<String, byte[]> out = new LinkedHashMap<>();
        switch (d.domain()) {
            case "light" -> out.put(b + "/state", bytes(lightState(d, attrs)));
            case "cover" -> {
                out.put(b + "/position", text(String.valueOf(d.intAttr("current_position", 0))));
                out.put(b + "/state", text(d.state));
            }
            case "lock" -> out.put(b + "/state", text(d.state.toUpperCase(java.util.Locale.ROOT)));
            case "climate" -> {
                out.put(b + "/target", text(String.valueOf(d.attr("temperature", 20))));
                out.put(b + "/current", text(String.valueOf(d.attr("current_temperature", 20))));
                boolean heating = d.isOn() && d.attr("current_temperature", 20) < d.attr("temperature", 20);
                out.put(b + "/action", text(d.isOn() ? (heating ? "heating" : "idle") : "off"));
                out.put(b + "/mode", text(d.state));
            }
            case "vacuum" -> out.put(b + "/state", bytes(Map.of("state", d.state,
                    "battery_level", d.intAttr("battery_level", 100))));
            case "media_player" -> out.put(b + "/state", bytes(mediaState(d, attrs)));
            case "sensor" -> out.put(b + "/state", text(d.state));
            default -> out.put(b + "/state", text(d.isOn() ? "ON" : "OFF"));
        }
        Map<String, Object> extra = new LinkedHashMap<>(attrs);
        extra.keySet().removeAll(CARRIED);
        if (d.domain().equals("climate")) {
            extra.remove("current_temperature");
        }
        out.put(b + "/attributes", bytes(extra));
        return out;
    }

    private static Map<String, Object> lightState(SimDevice d, Map<String, Object> attrs) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", d.isOn() ? "ON" : "OFF");
        s.put("brightness", d.intAttr("brightness", 0));
        if (attrs.get("rgb_color") instanceof List<?> rgb) {
            s.put("color_mode", "rgb");
            s.put("color", Map.of("r", rgb.get(0), "g", rgb.get(1), "b", rgb.get(2)));
        }
        return s;
    }

    private static Map<String, Object> mediaState(SimDevice d, Map<String, Object> attrs) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", d.state);
        for (String k : List.of("volume_level", "media_title", "media_track", "media_content_id",
                "media_content_type")) {
            if (attrs.get(k) != null) {
                s.put(k, attrs.get(k));
            }
        }
        return s;
    }

    byte[] availability(SimDevice d) {
        return text(d.available ? "online" : "offline");
    }

    /** Applies a command message to the device; throws IllegalArgumentException for one it cannot read. */
    void apply(SimDevice d, String topic, byte[] payload) throws java.io.IOException {
        String b = base(d);
        String text = new String(payload, StandardCharsets.UTF_8).trim();
        if (topic.equals(b + "/position/set")) {
            d.moveTo(SimDevice.number(Double.parseDouble(text), "position"));
        } else if (topic.equals(b + "/target/set")) {
            d.setSetpoint(Double.parseDouble(text));
        } else if (topic.equals(b + "/mode/set")) {
            d.setMode(text);
        } else {
            applyMain(d, text, payload);
        }
    }

    private void applyMain(SimDevice d, String text, byte[] payload) throws java.io.IOException {
        switch (d.domain()) {
            case "light" -> {
                JsonNode cmd = json.readTree(payload);
                if (cmd.has("state")) {
                    d.setOn("ON".equals(cmd.get("state").asText()));
                }
                if (cmd.has("brightness")) {
                    d.setBrightness(cmd.get("brightness").asInt());
                }
                if (cmd.has("color")) {
                    JsonNode c = cmd.get("color");
                    d.setColor(c.get("r").asInt(), c.get("g").asInt(), c.get("b").asInt());
                }
            }
            case "cover" -> {
                switch (text) {
                    case "OPEN" -> d.moveTo(100);
                    case "CLOSE" -> d.moveTo(0);
                    case "STOP" -> d.stopCover();
                    default -> throw new IllegalArgumentException("unknown cover command '" + text + "'");
                }
            }
            case "lock" -> d.setLocked(switch (text) {
                case "LOCK" -> true;
                case "UNLOCK" -> false;
                default -> throw new IllegalArgumentException("unknown lock command '" + text + "'");
            });
            case "vacuum" -> d.vacuum(text);
            case "media_player" -> {
                Map<String, Object> body = json.convertValue(json.readTree(payload), Map.class);
                d.media(String.valueOf(body.get("command")), body);
            }
            default -> d.setOn(switch (text) {
                case "ON" -> true;
                case "OFF" -> false;
                default -> throw new IllegalArgumentException("expected ON or OFF, got '" + text + "'");
            });
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
