package io.ambient.devices.discovery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translates Home Assistant state-topic messages into {@link StateReport}s, per component and topic key. */
final class HaStates {
    private static final Set<String> COVER_STATES = Set.of("open", "closed", "opening", "closing", "stopped");
    private static final Set<String> LOCK_STATES = Set.of("locked", "unlocked", "locking", "unlocking", "jammed",
            "open", "opening");

    private HaStates() {
    }

    /** @param key the config key of the topic the message came on ({@code state_topic}, ...) */
    static StateReport translate(DeviceBinding.HomeAssistant b, String key, byte[] payload) {
        String text = Json.text(payload);
        return switch (key) {
            case "json_attributes_topic" -> new StateReport(null, Json.toMap(Json.object(payload)));
            case "position_topic" -> position(text);
            case "mode_state_topic" -> StateReport.state(StateReport.lower(text));
            case "temperature_state_topic" -> StateReport.attribute("temperature", Json.number(text, "target temperature"));
            case "current_temperature_topic" ->
                    StateReport.attribute("current_temperature", Json.number(text, "current temperature"));
            case "action_topic" -> StateReport.attribute("hvac_action", StateReport.lower(text));
            case "state_topic" -> mainState(b, payload, text);
            default -> throw new BadPayloadException("no state is read from " + key);
        };
    }

    private static StateReport mainState(DeviceBinding.HomeAssistant b, byte[] payload, String text) {
        return switch (b.component()) {
            case "light" -> b.jsonSchema() ? jsonLight(Json.object(payload))
                    : StateReport.state(StateReport.onOff(text, b.payload("payload_on", "ON"),
                    b.payload("payload_off", "OFF"), "state_topic"));
            case "switch", "fan", "binary_sensor" -> StateReport.state(StateReport.onOff(text,
                    b.payload("payload_on", "ON"), b.payload("payload_off", "OFF"), "state_topic"));
            case "cover" -> cover(b, text);
            case "lock" -> lock(b, text);
            case "vacuum" -> vacuum(payload, text);
            case "media_player" -> media(Json.object(payload));
            case "climate" -> StateReport.state(StateReport.lower(text));
            default -> StateReport.state(text);
        };
    }

    private static StateReport jsonLight(JsonNode json) {
        JsonNode state = json.get("state");
        if (state == null || !state.isTextual()) {
            throw new BadPayloadException("JSON light state needs a text 'state', was " + state);
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (json.has("brightness")) {
            attrs.put("brightness", (int) Math.round(Json.number(json, "brightness")));
        }
        JsonNode color = json.get("color");
        if (color != null && color.isObject() && color.has("r")) {
            attrs.put("rgb_color", List.of((int) Json.number(color, "r"), (int) Json.number(color, "g"),
                    (int) Json.number(color, "b")));
        }
        if (json.hasNonNull("color_mode")) {
            attrs.put("color_mode", json.get("color_mode").asText());
        }
        return new StateReport(StateReport.onOff(state.asText(), "ON", "OFF", "state"), attrs);
    }

    private static StateReport cover(DeviceBinding.HomeAssistant b, String text) {
        for (String s : List.of("open", "closed", "opening", "closing")) {
            if (text.equals(b.payload("state_" + s, s))) {
                return StateReport.state(s);
            }
        }
        String lower = StateReport.lower(text);
        if (COVER_STATES.contains(lower)) {
            return StateReport.state(lower);
        }
        throw new BadPayloadException("unknown cover state '" + text + "'");
    }

    private static StateReport position(String text) {
        double p = Json.number(text, "position");
        if (p < 0 || p > 100) {
            throw new BadPayloadException("position must be 0-100, was " + text);
        }
        return StateReport.attribute("current_position", (int) Math.round(p));
    }

    private static StateReport lock(DeviceBinding.HomeAssistant b, String text) {
        if (text.equals(b.payload("state_locked", "LOCKED"))) {
            return StateReport.state("locked");
        }
        if (text.equals(b.payload("state_unlocked", "UNLOCKED"))) {
            return StateReport.state("unlocked");
        }
        String lower = StateReport.lower(text);
        if (LOCK_STATES.contains(lower)) {
            return StateReport.state(lower);
        }
        throw new BadPayloadException("unknown lock state '" + text + "'");
    }

    private static StateReport vacuum(byte[] payload, String text) {
        if (!text.startsWith("{")) {
            return StateReport.state(StateReport.lower(text));
        }
        JsonNode json = Json.object(payload);
        JsonNode state = json.get("state");
        if (state == null || !state.isTextual()) {
            throw new BadPayloadException("vacuum state needs a text 'state', was " + state);
        }
        Map<String, Object> attrs = Json.toMap(json);
        attrs.remove("state");
        return new StateReport(StateReport.lower(state.asText()), attrs);
    }

    private static StateReport media(JsonNode json) {
        JsonNode state = json.get("state");
        if (state == null || !state.isTextual()) {
            throw new BadPayloadException("media player state needs a text 'state', was " + state);
        }
        if (json.has("volume_level")) {
            double v = Json.number(json, "volume_level");
            if (v < 0 || v > 1) {
                throw new BadPayloadException("volume_level must be 0-1, was " + v);
            }
        }
        Map<String, Object> attrs = Json.toMap(json);
        attrs.remove("state");
        return new StateReport(StateReport.lower(state.asText()), attrs);
    }
}
