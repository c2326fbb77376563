package io.ambient.devices.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.ambient.devices.Availability;
import io.ambient.devices.DeviceProtocol;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.devices.mqtt.MqttTransport.Subscription;
import io.ambient.devices.registry.DeviceRegistry;
import io.ambient.devices.registry.DiscoveredEntity;
import io.ambient.devices.registry.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Zigbee2MQTT: devices from the retained bridge list, states and availability per device. */
final class Zigbee2MqttDiscovery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Zigbee2MqttDiscovery.class);

    private final MqttTransport transport;
    private final DeviceRegistry registry;
    private final DeviceBindings bindings;
    private final String base;
    private Subscription bridge;
    /** entity id -> the device as last announced, with its subscriptions */
    private final Map<String, Tracked> devices = new ConcurrentHashMap<>();

    private record Tracked(Z2mDevice device, List<Subscription> subscriptions) { }

    Zigbee2MqttDiscovery(MqttTransport transport, DeviceRegistry registry, DeviceBindings bindings, String base) {
        this.transport = transport;
        this.registry = registry;
        this.bindings = bindings;
        this.base = base;
    }

    void start() {
        bridge = transport.subscribe(base + "/bridge/devices", this::onDevices);
    }

    private void onDevices(String topic, byte[] payload, boolean retained) {
        JsonNode list;
        try {
            list = Json.parse(payload);
            if (!list.isArray()) {
                throw new BadPayloadException("expected a JSON array of devices, got " + list.getNodeType());
            }
        } catch (BadPayloadException e) {
            LOG.warn("device list on {} skipped: {}", topic, e.getMessage());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : list) {
            try {
                Z2mDevice.parse(entry).ifPresent(d -> seen.add(announce(d)));
            } catch (BadPayloadException | IllegalArgumentException e) {
                LOG.warn("device entry on {} skipped: {} ({})", topic, e.getMessage(), abbreviate(entry));
            }
        }
        for (String gone : Set.copyOf(devices.keySet())) {
            if (!seen.contains(gone)) {
                LOG.info("{} no longer lists {}: removed", topic, gone);
                forget(gone);
            }
        }
    }

    /** Registers the device's entity and listens to its topics; returns the entity id. */
    private String announce(Z2mDevice d) {
        String id = Zigbee2MqttNaming.entityId(d.domain(), d.friendlyName());
        String name = registry.layout().entity(id).isPresent() ? null
                : Names.humanize(d.friendlyName().substring(d.friendlyName().lastIndexOf('/') + 1));
        registry.upsert(new DiscoveredEntity(id, d.domain(), name, d.deviceClass(),
                Zigbee2MqttNaming.areaHint(d.friendlyName()).orElse(null), d.attributes(),
                DeviceProtocol.ZIGBEE2MQTT));
        Tracked known = devices.get(id);
        if (known != null && known.device().equals(d)) {
            return id;
        }
        bindings.put(new DeviceBinding.Zigbee2Mqtt(id, d.friendlyName(), d.ieeeAddress(), base));
        String stateTopic = base + "/" + d.friendlyName();
        List<Subscription> subs = List.of(
                transport.subscribe(stateTopic, (t, p, r) -> onState(id, d, t, p)),
                transport.subscribe(stateTopic + "/availability", (t, p, r) -> onAvailability(id, t, p)));
        Tracked old = devices.put(id, new Tracked(d, subs));
        if (old != null) {
            old.subscriptions().forEach(Subscription::close);
        }
        return id;
    }

    private void onState(String id, Z2mDevice d, String topic, byte[] payload) {
        Tracked current = devices.get(id);
        if (current == null || current.device() != d) {
            return;
        }
        try {
            StateReport report = Z2mStates.translate(d, Json.object(payload));
            registry.report(id, report.state(), report.attributes());
        } catch (BadPayloadException e) {
            LOG.warn("state on {} for {} skipped: {}", topic, id, e.getMessage());
        }
    }

    private void onAvailability(String id, String topic, byte[] payload) {
        String text = Json.text(payload);
        Optional<String> state = Optional.of(text);
        if (text.startsWith("{")) {
            try {
                JsonNode s = Json.object(payload).get("state");
                state = s != null && s.isTextual() ? Optional.of(s.asText()) : Optional.empty();
            } catch (BadPayloadException e) {
                state = Optional.empty();
            }
        }
        switch (state.orElse("")) {
            case "online" -> registry.reportAvailability(id, Availability.ONLINE);
            case "offline" -> registry.reportAvailability(id, Availability.OFFLINE);
            default -> LOG.warn("availability on {} for {} skipped: unknown payload '{}'", topic, id, text);
        }
    }

    private void forget(String id) {
        Tracked t = devices.remove(id);
        if (t != null) {
            t.subscriptions().forEach(Subscription::close);
        }
        bindings.remove(id);
        registry.remove(id);
    }

    private static String abbreviate(JsonNode node) {
        String s = String.valueOf(node);
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    @Override
    public void close() {
        if (bridge != null) {
            bridge.close();
        }
        devices.values().forEach(t -> t.subscriptions().forEach(Subscription::close));
        devices.clear();
    }
}
