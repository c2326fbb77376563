package io.ambient.devices.discovery;

import io.ambient.devices.Availability;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.devices.mqtt.MqttTransport.Subscription;
import io.ambient.devices.registry.DeviceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Home Assistant MQTT discovery (the subset described in the package documentation). */
final class HomeAssistantDiscovery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HomeAssistantDiscovery.class);

    private final MqttTransport transport;
    private final DeviceRegistry registry;
    private final DeviceBindings bindings;
    private final String prefix;
    private final List<Subscription> own = new CopyOnWriteArrayList<>();
    /** config topic -> entity id, so an empty config removes the right entity */
    private final Map<String, String> configTopics = new ConcurrentHashMap<>();
    private final Map<String, List<Subscription>> stateSubscriptions = new ConcurrentHashMap<>();

    HomeAssistantDiscovery(MqttTransport transport, DeviceRegistry registry, DeviceBindings bindings, String prefix) {
        this.transport = transport;
        this.registry = registry;
        this.bindings = bindings;
        this.prefix = prefix;
    }

    void start() {
        own.add(transport.subscribe(prefix + "/+/+/config", this::onConfig));
        own.add(transport.subscribe(prefix + "/+/+/+/config", this::onConfig));
        own.add(transport.subscribe(prefix + "/status", this::onStatus));
    }

    /** Asks the broker to send every retained config again. */
    void rereadConfigs() {
        transport.resubscribe(prefix + "/+/+/config");
        transport.resubscribe(prefix + "/+/+/+/config");
    }

    private void onStatus(String topic, byte[] payload, boolean retained) {
        if ("online".equals(Json.text(payload))) {
            LOG.debug("{} says online: reading discovery configs again", topic);
            rereadConfigs();
        }
    }

    private void onConfig(String topic, byte[] payload, boolean retained) {
        // <prefix>/<component>/[<node_id>/]<object_id>/config
        String[] parts = topic.substring(prefix.length() + 1).split("/");
        String component = parts[0];
        String objectId = parts[parts.length - 2];
        if (payload.length == 0) {
            String id = configTopics.remove(topic);
            if (id != null) {
                LOG.info("{} withdrawn: entity {} removed", topic, id);
                forget(id);
            }
            return;
        }
        HaConfig config;
        try {
            config = HaConfig.parse(component, objectId, Json.object(payload));
        } catch (BadPayloadException | IllegalArgumentException e) {
            LOG.warn("discovery config on {} skipped: {}", topic, e.getMessage());
            return;
        }
        String id = config.entity().id();
        String previous = configTopics.put(topic, id);
        if (previous != null && !previous.equals(id)) {
            forget(previous);
        }
        registry.upsert(config.entity());
        if (!config.binding().equals(bindings.get(id).orElse(null))) {
            bindings.put(config.binding());
            listen(config.binding());
        }
    }

    /** Subscribes to the entity's state topics, replacing earlier subscriptions for it. */
    private void listen(DeviceBinding.HomeAssistant b) {
        List<Subscription> subs = new ArrayList<>();
        b.topics().forEach((key, topic) -> {
            if (key.endsWith("command_topic") || key.equals("set_position_topic")) {
                return;
            }
            if (key.equals("availability_topic")) {
                subs.add(transport.subscribe(topic, (t, p, r) -> onAvailability(b, t, p)));
            } else {
                subs.add(transport.subscribe(topic, (t, p, r) -> onState(b, key, t, p)));
            }
        });
        List<Subscription> old = stateSubscriptions.put(b.entityId(), subs);
        if (old != null) {
            old.forEach(Subscription::close);
        }
    }

    private void onState(DeviceBinding.HomeAssistant b, String key, String topic, byte[] payload) {
        if (bindings.get(b.entityId()).orElse(null) != b) {
            return; // a late message for a binding that was replaced or removed
        }
        try {
            StateReport report = HaStates.translate(b, key, payload);
            registry.report(b.entityId(), report.state(), report.attributes());
        } catch (BadPayloadException | IllegalArgumentException e) {
            LOG.warn("state on {} for {} skipped: {}", topic, b.entityId(), e.getMessage());
        }
    }

    private void onAvailability(DeviceBinding.HomeAssistant b, String topic, byte[] payload) {
        String text = Json.text(payload);
        if (text.equals(b.payload("payload_available", "online"))) {
            registry.reportAvailability(b.entityId(), Availability.ONLINE);
        } else if (text.equals(b.payload("payload_not_available", "offline"))) {
            registry.reportAvailability(b.entityId(), Availability.OFFLINE);
        } else {
            LOG.warn("availability on {} for {} skipped: unknown payload '{}'", topic, b.entityId(), text);
        }
    }

    private void forget(String entityId) {
        bindings.remove(entityId);
        List<Subscription> subs = stateSubscriptions.remove(entityId);
        if (subs != null) {
            subs.forEach(Subscription::close);
        }
        registry.remove(entityId);
    }

    @Override
    public void close() {
        own.forEach(Subscription::close);
        stateSubscriptions.values().forEach(l -> l.forEach(Subscription::close));
        stateSubscriptions.clear();
    }
}
