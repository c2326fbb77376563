package io.ambient.devices.discovery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** Translates a Zigbee2MQTT device state JSON into Home Assistant's state string and attribute names. */
final class Z2mStates {
    private Z2mStates() {
    }

    static StateReport translate(Z2mDevice device, JsonNode json) {
        Map<String, Object> attrs = Json.toMap(json);
        String state = switch (device.domain()) {
            case "light", "switch", "fan" -> onOff(attrs.remove("state"));
            case "cover" -> cover(attrs);
            case "lock" -> lock(attrs);
            case "climate" -> climate(attrs);
            case "sensor" -> measured(device, attrs);
            case "binary_sensor" -> binary(device, attrs);
            default -> null;
        };
        Object brightness = attrs.remove("brightness");
        if (brightness != null) {
            attrs.put("brightness", (int) Math.round(number(brightness, "brightness") * 255 / 254));
        }
        Object color = attrs.remove("color");
        if (color instanceof Map<?, ?> c) {
            if (c.containsKey("r")) {
                attrs.put("rgb_color", List.of(intOf(c.get("r"), "color.r"), intOf(c.get("g"), "color.g"),
                        intOf(c.get("b"), "color.b")));
            } else if (c.containsKey("x")) {
                attrs.put("xy_color", List.of(number(c.get("x"), "color.x"), number(c.get("y"), "color.y")));
            }
        } else if (color != null) {
            throw new BadPayloadException("'color' must be an object, was " + color);
        }
        return new StateReport(state, attrs);
    }

    private static String onOff(Object state) {
        if (state == null) {
            return null;
        }
        return StateReport.onOff(String.valueOf(state), "ON", "OFF", "state");
    }

    private static String cover(Map<String, Object> attrs) {
        Object position = attrs.remove("position");
        Object moving = attrs.remove("moving");
        Object state = attrs.remove("state");
        Integer p = null;
        if (position != null) {
            p = intOf(position, "position");
            attrs.put("current_position", p);
        }
        if ("UP".equals(moving)) {
            return "opening";
        }
        if ("DOWN".equals(moving)) {
            return "closing";
        }
        if (state != null) {
            return switch (String.valueOf(state)) {
                case "OPEN" -> "open";
                case "CLOSE", "CLOSED" -> "closed";
                default -> throw new BadPayloadException("unknown cover state '" + state + "'");
            };
        }
        return p == null ? null : (p > 0 ? "open" : "closed");
    }

    private static String lock(Map<String, Object> attrs) {
        Object lockState = attrs.remove("lock_state");
        Object state = attrs.remove("state");
        if (lockState instanceof String s && !s.isBlank()) {
            return s.equals("not_fully_locked") ? "jammed" : StateReport.lower(s);
        }
        if (state == null) {
            return null;
        }
        return switch (String.valueOf(state)) {
            case "LOCK" -> "locked";
            case "UNLOCK" -> "unlocked";
            default -> throw new BadPayloadException("unknown lock state '" + state + "'");
        };
    }

    private static String climate(Map<String, Object> attrs) {
        Object setpoint = attrs.remove("current_heating_setpoint");
        if (setpoint != null) {
            attrs.put("temperature", number(setpoint, "current_heating_setpoint"));
        }
        Object local = attrs.remove("local_temperature");
        if (local != null) {
            attrs.put("current_temperature", number(local, "local_temperature"));
        }
        Object running = attrs.remove("running_state");
        if (running != null) {
            attrs.put("hvac_action", "heat".equals(running) ? "heating" : String.valueOf(running));
        }
        Object mode = attrs.remove("system_mode");
        return mode == null ? null : StateReport.lower(String.valueOf(mode));
    }

    private static String measured(Z2mDevice device, Map<String, Object> attrs) {
        Object value = attrs.remove(device.measured());
        if (value == null) {
            return null;
        }
        return formatNumber(number(value, device.measured()));
    }

    private static String binary(Z2mDevice device, Map<String, Object> attrs) {
        Object value = attrs.remove(device.measured());
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean b)) {
            throw new BadPayloadException("'" + device.measured() + "' must be true or false, was " + value);
        }
        // Zigbee2MQTT's contact=true means closed; Home Assistant's door sensor is on when open
        return device.measured().equals("contact") ? (b ? "off" : "on") : (b ? "on" : "off");
    }

    static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static double number(Object v, String field) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new BadPayloadException("'" + field + "' must be a number, was " + v);
    }

    private static int intOf(Object v, String field) {
        return (int) Math.round(number(v, field));
    }
}
