package io.ambient.devices.discovery;

import java.util.Map;
import java.util.Optional;

/** How to address one discovered entity on MQTT: what the command gateway needs besides the entity itself. */
public sealed interface DeviceBinding {

    String entityId();

    /**
     * A Home Assistant discovery entity.
     *
     * @param component  {@code light}, {@code cover}, ...
     * @param topics     full topic names by their config key ({@code command_topic}, {@code set_position_topic}, ...)
     * @param payloads   payload and state words by their config key ({@code payload_on}, ...), defaults filled in
     * @param jsonSchema a light speaking the JSON schema
     */
    record HomeAssistant(String entityId, String component, Map<String, String> topics, Map<String, String> payloads,
                         boolean jsonSchema) implements DeviceBinding {
        public HomeAssistant {
            topics = Map.copyOf(topics);
            payloads = Map.copyOf(payloads);
        }

        public Optional<String> topic(String key) {
            return Optional.ofNullable(topics.get(key));
        }

        public String payload(String key, String fallback) {
            return payloads.getOrDefault(key, fallback);
        }
    }

    /** A Zigbee2MQTT device; commands go to {@code <baseTopic>/<friendlyName>/set}. */
    record Zigbee2Mqtt(String entityId, String friendlyName, String ieeeAddress, String baseTopic)
            implements DeviceBinding {
        public String setTopic() {
            return baseTopic + "/" + friendlyName + "/set";
        }
    }
}
