package io.ambient.devices.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.devices.DeviceCommand;
import io.ambient.devices.Entity;
import io.ambient.devices.discovery.DeviceBinding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes a (domain-normalised, see {@link MqttDeviceGateway}) command in the device's dialect; empty when the
 * device's announcement gives no way to say it (e.g. a cover without a {@code set_position_topic}).
 */
final class Encoders {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Encoders() {
    }

    static Optional<List<Publication>> encode(DeviceCommand c, Entity e, DeviceBinding binding) {
        if (binding instanceof DeviceBinding.Zigbee2Mqtt z) {
            return zigbee2mqtt(c, e).map(body -> List.of(json(z.setTopic(), body)));
        }
        DeviceBinding.HomeAssistant b = (DeviceBinding.HomeAssistant) binding;
        Optional<String> cmd = b.topic("command_topic");
        switch (b.component()) {
            case "light":
                return b.jsonSchema() ? cmd.flatMap(t -> lightJson(c).map(body -> List.of(json(t, body))))
                        : onOff(c, cmd, b);
            case "switch":
            case "fan":
                return onOff(c, cmd, b);
            case "cover":
                return cover(c, cmd, b);
            case "lock":
                return c instanceof DeviceCommand.Lock ? text(cmd, b.payload("payload_lock", "LOCK"))
                        : c instanceof DeviceCommand.Unlock ? text(cmd, b.payload("payload_unlock", "UNLOCK"))
                        : Optional.empty();
            case "climate":
                return climate(c, e, b);
            case "vacuum":
                return c instanceof DeviceCommand.VacuumStart ? text(cmd, b.payload("payload_start", "start"))
                        : c instanceof DeviceCommand.VacuumReturnToBase
                        ? text(cmd, b.payload("payload_return_to_base", "return_to_base")) : Optional.empty();
            case "media_player":
                return cmd.flatMap(t -> media(c).map(body -> List.of(json(t, body))));
            default:
                return Optional.empty();
        }
    }

    private static Optional<List<Publication>> onOff(DeviceCommand c, Optional<String> topic,
                                                     DeviceBinding.HomeAssistant b) {
        return c instanceof DeviceCommand.TurnOn ? text(topic, b.payload("payload_on", "ON"))
                : c instanceof DeviceCommand.TurnOff ? text(topic, b.payload("payload_off", "OFF"))
                : Optional.empty();
    }

    private static Optional<List<Publication>> cover(DeviceCommand c, Optional<String> cmd,
                                                     DeviceBinding.HomeAssistant b) {
        if (c instanceof DeviceCommand.Open) {
            return text(cmd, b.payload("payload_open", "OPEN"));
        } else if (c instanceof DeviceCommand.Close) {
            return text(cmd, b.payload("payload_close", "CLOSE"));
        } else if (c instanceof DeviceCommand.SetPosition p) {
            return text(b.topic("set_position_topic"), String.valueOf(p.percent()));
        }
        return Optional.empty();
    }

    private static Optional<List<Publication>> climate(DeviceCommand c, Entity e, DeviceBinding.HomeAssistant b) {
        if (c instanceof DeviceCommand.SetTargetTemperature t) {
            return text(b.topic("temperature_command_topic"), String.valueOf(t.celsius()));
        } else if (c instanceof DeviceCommand.TurnOn) {
            return text(b.topic("mode_command_topic"), heatingMode(e));
        } else if (c instanceof DeviceCommand.TurnOff) {
            return text(b.topic("mode_command_topic"), "off");
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Object>> lightJson(DeviceCommand c) {
        if (c instanceof DeviceCommand.TurnOn) {
            return Optional.of(Map.of("state", "ON"));
        } else if (c instanceof DeviceCommand.TurnOff) {
            return Optional.of(Map.of("state", "OFF"));
        } else if (c instanceof DeviceCommand.SetBrightness b) {
            return Optional.of(b.percent() == 0 ? Map.of("state", "OFF")
                    : Map.of("state", "ON", "brightness", Math.round(b.percent() * 255 / 100.0)));
        } else if (c instanceof DeviceCommand.SetColor col) {
            return Optional.of(Map.of("state", "ON", "color", rgb(col)));
        }
        return Optional.empty();
    }

    /** This project's media player extension: {@code {"command": ..., ...}}. */
    private static Optional<Map<String, Object>> media(DeviceCommand c) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (c instanceof DeviceCommand.TurnOn) {
            body.put("command", "turn_on");
        } else if (c instanceof DeviceCommand.TurnOff) {
            body.put("command", "turn_off");
        } else if (c instanceof DeviceCommand.MediaPlay) {
            body.put("command", "play");
        } else if (c instanceof DeviceCommand.MediaPause) {
            body.put("command", "pause");
        } else if (c instanceof DeviceCommand.MediaNext) {
            body.put("command", "next");
        } else if (c instanceof DeviceCommand.MediaPrevious) {
            body.put("command", "previous");
        } else if (c instanceof DeviceCommand.SetVolume v) {
            body.put("command", "volume");
            body.put("volume_level", v.percent() / 100.0);
        } else if (c instanceof DeviceCommand.PlayMedia m) {
            body.put("command", "play_media");
            body.put("media_content_id", m.query());
            body.put("media_content_type", m.mediaClass() == null ? "music" : m.mediaClass());
        } else {
            return Optional.empty();
        }
        return Optional.of(body);
    }

    /** Zigbee2MQTT {@code set} payloads. */
    private static Optional<Map<String, Object>> zigbee2mqtt(DeviceCommand c, Entity e) {
        boolean climate = e.domain().equals("climate");
        boolean onOff = List.of("light", "switch", "fan").contains(e.domain());
        Map<String, Object> body = null;
        if (c instanceof DeviceCommand.TurnOn) {
            body = climate ? Map.of("system_mode", heatingMode(e)) : onOff ? Map.of("state", "ON") : null;
        } else if (c instanceof DeviceCommand.TurnOff) {
            body = climate ? Map.of("system_mode", "off") : onOff ? Map.of("state", "OFF") : null;
        } else if (c instanceof DeviceCommand.SetBrightness b) {
            body = b.percent() == 0 ? Map.of("state", "OFF")
                    : Map.of("state", "ON", "brightness", Math.round(b.percent() * 254 / 100.0));
        } else if (c instanceof DeviceCommand.SetColor col) {
            body = Map.of("state", "ON", "color", rgb(col));
        } else if (c instanceof DeviceCommand.Open) {
            body = Map.of("state", "OPEN");
        } else if (c instanceof DeviceCommand.Close) {
            body = Map.of("state", "CLOSE");
        } else if (c instanceof DeviceCommand.SetPosition p) {
            body = Map.of("position", p.percent());
        } else if (c instanceof DeviceCommand.Lock) {
            body = Map.of("state", "LOCK");
        } else if (c instanceof DeviceCommand.Unlock) {
            body = Map.of("state", "UNLOCK");
        } else if (c instanceof DeviceCommand.SetTargetTemperature t) {
            body = Map.of("current_heating_setpoint", t.celsius());
        }
        return Optional.ofNullable(body);
    }

    private static String heatingMode(Entity e) {
        if (e.attributes().get("modes") instanceof List<?> modes) {
            for (Object m : modes) {
                if (!"off".equals(m)) {
                    return String.valueOf(m);
                }
            }
        }
        return "heat";
    }

    private static Map<String, Object> rgb(DeviceCommand.SetColor c) {
        return Map.of("r", c.r(), "g", c.g(), "b", c.b());
    }

    private static Optional<List<Publication>> text(Optional<String> topic, String payload) {
        return topic.map(t -> List.of(Publication.text(t, payload)));
    }

    private static Publication json(String topic, Map<String, Object> body) {
        try {
            return new Publication(topic, JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot encode " + body, ex);
        }
    }
}
