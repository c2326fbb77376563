package io.ambient.devices.discovery;

import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Runs Home Assistant MQTT discovery and Zigbee2MQTT discovery on one transport, feeding a
 * {@link DeviceRegistry}. Because this runtime takes Home Assistant's place on the broker, it announces
 * {@code homeassistant/status online} after every (re)connect, as Home Assistant does, so that devices
 * re-publish their configs (which a restarted in-memory broker has forgotten).
 */
public final class MqttDiscovery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttDiscovery.class);

    private final MqttTransport transport;
    private final String haPrefix;
    private final boolean announceBirth;
    private final DeviceBindings bindings = new DeviceBindings();
    private final HomeAssistantDiscovery homeAssistant;
    private final Zigbee2MqttDiscovery zigbee2mqtt;
    private MqttTransport.Subscription connectionListener;

    /** Default topics ({@code homeassistant}, {@code zigbee2mqtt}) and the birth announcement on. */
    public MqttDiscovery(MqttTransport transport, DeviceRegistry registry) {
        this(transport, registry, "homeassistant", "zigbee2mqtt", true);
    }

    /**
     * @param haPrefix      Home Assistant discovery prefix
     * @param z2mBase       Zigbee2MQTT base topic
     * @param announceBirth publish {@code <haPrefix>/status online} after each connect (off when a real Home
     *                      Assistant shares the broker)
     */
    public MqttDiscovery(MqttTransport transport, DeviceRegistry registry, String haPrefix, String z2mBase,
                         boolean announceBirth) {
        this.transport = Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(registry, "registry");
        this.haPrefix = requireTopic(haPrefix, "haPrefix");
        this.announceBirth = announceBirth;
        this.homeAssistant = new HomeAssistantDiscovery(transport, registry, bindings, haPrefix);
        this.zigbee2mqtt = new Zigbee2MqttDiscovery(transport, registry, bindings, requireTopic(z2mBase, "z2mBase"));
    }

    /** Subscribes; discovered entities appear in the registry as their retained announcements arrive. */
    public synchronized void start() {
        homeAssistant.start();
        zigbee2mqtt.start();
        connectionListener = transport.onConnectionChange(new MqttTransport.ConnectionListener() {
            @Override
            public void connected(boolean reconnect) {
                if (announceBirth) {
                    transport.publish(haPrefix + "/status", "online".getBytes(StandardCharsets.UTF_8),
                            MqttTransport.AT_LEAST_ONCE, false).exceptionally(e -> {
                                LOG.warn("could not announce {}/status online: {}", haPrefix, e.getMessage());
                                return null;
                            });
                }
            }

            @Override
            public void disconnected(Throwable cause) {
                // states stay as last reported; commands fail as NOT_CONNECTED until the transport is back
            }
        });
    }

    /** Where each discovered entity lives on MQTT; the command gateway needs it. */
    public DeviceBindings bindings() {
        return bindings;
    }

    /** Asks the broker to send every retained Home Assistant config again. */
    public void rereadConfigs() {
        homeAssistant.rereadConfigs();
    }

    @Override
    public synchronized void close() {
        if (connectionListener != null) {
            connectionListener.close();
        }
        homeAssistant.close();
        zigbee2mqtt.close();
    }

    private static String requireTopic(String topic, String what) {
        if (topic == null || topic.isBlank() || topic.contains("+") || topic.contains("#")) {
            throw new IllegalArgumentException(what + " must be a plain topic, was '" + topic + "'");
        }
        return topic;
    }
}
