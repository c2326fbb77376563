package io.ambient.devices.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.ambient.devices.DeviceProtocol;
import io.ambient.devices.registry.DiscoveredEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one Home Assistant discovery config into a {@link DiscoveredEntity} and its {@link DeviceBinding}. */
record HaConfig(DiscoveredEntity entity, DeviceBinding.HomeAssistant binding) {

    static final Set<String> COMPONENTS = Set.of("light", "switch", "fan", "cover", "lock", "climate", "sensor",
            "binary_sensor", "vacuum", "media_player");

    static final List<String> TOPIC_KEYS = List.of("state_topic", "command_topic", "availability_topic",
            "json_attributes_topic", "position_topic", "set_position_topic", "mode_state_topic", "mode_command_topic",
            "temperature_state_topic", "temperature_command_topic", "current_temperature_topic", "action_topic");

    private static final Map<String, String> PAYLOAD_DEFAULTS = Map.ofEntries(
            Map.entry("payload_on", "ON"), Map.entry("payload_off", "OFF"),
            Map.entry("payload_open", "OPEN"), Map.entry("payload_close", "CLOSE"),
            Map.entry("payload_lock", "LOCK"), Map.entry("payload_unlock", "UNLOCK"),
            Map.entry("payload_available", "online"), Map.entry("payload_not_available", "offline"),
            Map.entry("payload_start", "start"), Map.entry("payload_return_to_base", "return_to_base"),
            Map.entry("state_open", "open"), Map.entry("state_closed", "closed"),
            Map.entry("state_opening", "opening"), Map.entry("state_closing", "closing"),
            Map.entry("state_locked", "LOCKED"), Map.entry("state_unlocked", "UNLOCKED"));

    /** Home Assistant's abbreviations for the keys understood here. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("stat_t", "state_topic"), Map.entry("cmd_t", "command_topic"),
            Map.entry("avty_t", "availability_topic"), Map.entry("json_attr_t", "json_attributes_topic"),
            Map.entry("pos_t", "position_topic"), Map.entry("set_pos_t", "set_position_topic"),
            Map.entry("mode_stat_t", "mode_state_topic"), Map.entry("mode_cmd_t", "mode_command_topic"),
            Map.entry("temp_stat_t", "temperature_state_topic"), Map.entry("temp_cmd_t", "temperature_command_topic"),
            Map.entry("curr_temp_t", "current_temperature_topic"), Map.entry("act_t", "action_topic"),
            Map.entry("pl_on", "payload_on"), Map.entry("pl_off", "payload_off"),
            Map.entry("pl_open", "payload_open"), Map.entry("pl_cls", "payload_close"),
            Map.entry("pl_lock", "payload_lock"), Map.entry("pl_unlk", "payload_unlock"),
            Map.entry("pl_avail", "payload_available"), Map.entry("pl_not_avail", "payload_not_available"),
            Map.entry("pl_strt", "payload_start"), Map.entry("pl_ret", "payload_return_to_base"),
            Map.entry("stat_open", "state_open"), Map.entry("stat_clsd", "state_closed"),
            Map.entry("stat_opening", "state_opening"), Map.entry("stat_closing", "state_closing"),
            Map.entry("stat_locked", "state_locked"), Map.entry("stat_unlocked", "state_unlocked"),
            Map.entry("uniq_id", "unique_id"), Map.entry("obj_id", "object_id"), Map.entry("dev", "device"),
            Map.entry("dev_cla", "device_class"), Map.entry("unit_of_meas", "unit_of_measurement"),
            Map.entry("sup_clrm", "supported_color_modes"), Map.entry("avty", "availability"),
            Map.entry("sa", "suggested_area"), Map.entry("t", "topic"));

    /**
     * @param component the topic's component segment
     * @param objectId  the topic's object id segment
     */
    static HaConfig parse(String component, String objectId, JsonNode rawConfig) {
        if (!COMPONENTS.contains(component)) {
            throw new BadPayloadException("component '" + component + "' is not supported");
        }
        Map<String, JsonNode> c = expand(rawConfig);
        String base = text(c, "~");
        String object = text(c, "object_id") != null ? text(c, "object_id") : objectId;
        if (object == null || !object.matches("[A-Za-z0-9_]+")) {
            throw new BadPayloadException("object id '" + object + "' is not a valid entity id part");
        }
        String id = component + "." + object.toLowerCase(java.util.Locale.ROOT);
        Map<String, String> topics = new LinkedHashMap<>();
        for (String key : TOPIC_KEYS) {
            String topic = text(c, key);
            if (topic != null) {
                topics.put(key, withBase(topic, base));
            }
        }
        Map<String, String> payloads = new LinkedHashMap<>(PAYLOAD_DEFAULTS);
        PAYLOAD_DEFAULTS.keySet().forEach(k -> {
            if (text(c, k) != null) {
                payloads.put(k, text(c, k));
            }
        });
        readAvailabilityList(c.get("availability"), topics, payloads, base);
        if (!topics.containsKey("state_topic") && !topics.containsKey("command_topic")
                && !topics.containsKey("mode_state_topic")) {
            throw new BadPayloadException("config has neither state_topic nor command_topic");
        }
        Map<String, JsonNode> device = c.get("device") != null && c.get("device").isObject()
                ? expand(c.get("device")) : Map.of();
        String name = text(c, "name") != null ? text(c, "name") : text(device, "name");
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String key : List.of("supported_color_modes", "unit_of_measurement", "modes", "min_temp", "max_temp")) {
            if (c.get(key) != null && !c.get(key).isNull()) {
                attributes.put(key, Json.toValue(c.get(key)));
            }
        }
        DiscoveredEntity entity = new DiscoveredEntity(id, component, name, text(c, "device_class"),
                text(device, "suggested_area"), attributes, DeviceProtocol.HOME_ASSISTANT);
        boolean json = "json".equals(text(c, "schema"));
        return new HaConfig(entity, new DeviceBinding.HomeAssistant(id, component, topics, payloads, json));
    }

    private static void readAvailabilityList(JsonNode list, Map<String, String> topics, Map<String, String> payloads,
                                             String base) {
        if (list == null || !list.isArray() || list.isEmpty() || topics.containsKey("availability_topic")) {
            return;
        }
        Map<String, JsonNode> first = expand(list.get(0));
        if (text(first, "topic") != null) {
            topics.put("availability_topic", withBase(text(first, "topic"), base));
        }
        if (text(first, "payload_available") != null) {
            payloads.put("payload_available", text(first, "payload_available"));
        }
        if (text(first, "payload_not_available") != null) {
            payloads.put("payload_not_available", text(first, "payload_not_available"));
        }
    }

    private static Map<String, JsonNode> expand(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadPayloadException("expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(ABBREVIATIONS.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        return out;
    }

    private static String text(Map<String, JsonNode> c, String key) {
        JsonNode v = c.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new BadPayloadException("'" + key + "' must be text, was " + v.getNodeType());
        }
        return v.asText().isBlank() ? null : v.asText();
    }

    private static String withBase(String topic, String base) {
        if (base == null) {
            return topic;
        }
        if (topic.startsWith("~")) {
            return base + topic.substring(1);
        }
        if (topic.endsWith("~")) {
            return topic.substring(0, topic.length() - 1) + base;
        }
        return topic;
    }
}
