package io.ambient.devices.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.devices.Area;
import io.ambient.devices.DeviceProtocol;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.mqtt.MqttTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs every entity of a home as a virtual device on an MQTT broker, through its own {@link MqttTransport}
 * (use a client id of its own). Entities whose home file says {@code "protocol": "zigbee2mqtt"} are announced
 * through Zigbee2MQTT (if their domain exists in Zigbee; otherwise through Home Assistant discovery), all others
 * through Home Assistant discovery; configs, states and availability are retained, as real devices publish
 * them. Devices answer commands with the new state; covers, thermostats, ovens and vacuums change over time.
 *
 * <p>Time comes from the injected clock and scheduler; {@code speed} multiplies it (speed 20: a cover that
 * takes 10 s opens in half a second) so tests run fast. Everything is announced again after each reconnect and
 * whenever {@code homeassistant/status} says {@code online}.
 */
public final class SimulatedHome implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedHome.class);
    private static final Duration TICK = Duration.ofMillis(100);

    private final HomeSnapshot home;
    private final MqttTransport transport;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final double speed;
    private final Map<String, SimDevice> devices = new LinkedHashMap<>();
    private final HaDialect ha;
    private final Z2mDialect z2m;
    private final List<MqttTransport.Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> ticker;
    private Instant lastTick;

    /**
     * @param home  the home whose entities to simulate (their states and attributes are the starting point)
     * @param speed simulated seconds per real second (1 = real time)
     */
    public SimulatedHome(HomeSnapshot home, MqttTransport transport, Clock clock, ScheduledExecutorService scheduler,
                         double speed) {
        this.home = Objects.requireNonNull(home, "home");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (!(speed > 0)) {
            throw new IllegalArgumentException("simulation speed must be positive, was " + speed);
        }
        this.speed = speed;
        ObjectMapper json = new ObjectMapper();
        this.ha = new HaDialect(json, "homeassistant");
        this.z2m = new Z2mDialect(json, "zigbee2mqtt");
        for (Entity e : home.entities().values()) {
            SimDevice probe = new SimDevice(e, e.protocol() == DeviceProtocol.ZIGBEE2MQTT);
            boolean zigbee = probe.zigbee2mqtt && Z2mDialect.canSimulate(probe);
            if (probe.zigbee2mqtt && !zigbee) {
                LOG.warn("{} cannot be simulated over Zigbee2MQTT; announcing it through Home Assistant", e.id());
            } else if (!zigbee && !HaDialect.DOMAINS.contains(e.domain())) {
                LOG.warn("{}: domain {} is not simulated", e.id(), e.domain());
                continue;
            }
            devices.put(e.id(), new SimDevice(e, zigbee));
        }
    }

    /** Subscribes to the devices' command topics, announces everything and starts the clock. */
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        for (SimDevice d : devices.values()) {
            List<String> topics = d.zigbee2mqtt ? List.of(z2m.setTopic(d)) : ha.commandTopics(d);
            for (String topic : topics) {
                subscriptions.add(transport.subscribe(topic, (t, p, r) -> onCommand(d, t, p)));
            }
        }
        subscriptions.add(transport.subscribe("homeassistant/status", (t, p, r) -> {
            if ("online".equals(new String(p, StandardCharsets.UTF_8).trim())) {
                announceAll();
            }
        }));
        subscriptions.add(transport.onConnectionChange(new MqttTransport.ConnectionListener() {
            @Override
            public void connected(boolean reconnect) {
                announceAll();
            }

            @Override
            public void disconnected(Throwable cause) {
                // nothing to do: everything is announced again on reconnect
            }
        }));
        lastTick = clock.instant();
        ticker = scheduler.scheduleAtFixedRate(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The ids of the simulated entities. */
    public List<String> entityIds() {
        return List.copyOf(devices.keySet());
    }

    /**
     * Sets a device's state directly, as if someone used it by hand ("the oven is on"), and publishes it.
     *
     * @param state      the new Home Assistant state ({@code on}, {@code open}, ...), or null to keep it
     * @param attributes attributes to change (null values remove), or null
     */
    public void simulate(String entityId, String state, Map<String, ?> attributes) {
        SimDevice d = device(entityId);
        synchronized (d) {
            d.force(state, attributes);
            publishState(d);
        }
    }

    /** Makes a device ignore (false) or obey (true) commands while staying online: a device that does not answer. */
    public void setResponsive(String entityId, boolean responsive) {
        SimDevice d = device(entityId);
        synchronized (d) {
            d.responsive = responsive;
        }
    }

    /** Takes a device offline or brings it back, publishing its availability. */
    public void setAvailable(String entityId, boolean available) {
        SimDevice d = device(entityId);
        synchronized (d) {
            d.available = available;
            publish(availabilityTopic(d), d.zigbee2mqtt ? z2m.availability(d) : ha.availability(d));
        }
    }

    /** Publishes raw bytes on a topic (tests use it to inject malformed payloads next to the simulated devices). */
    public void publishRaw(String topic, byte[] payload, boolean retain) {
        transport.publish(topic, payload, MqttTransport.AT_LEAST_ONCE, retain);
    }

    /** The Home Assistant state and attributes the simulated device has now. */
    public Map.Entry<String, Map<String, Object>> stateOf(String entityId) {
        SimDevice d = device(entityId);
        synchronized (d) {
            return Map.entry(d.state, d.visibleAttributes());
        }
    }

    /** Publishes every config, device list, availability and state again (all retained). */
    public void announceAll() {
        if (!transport.isConnected()) {
            return;
        }
        List<SimDevice> zigbee = new ArrayList<>();
        for (SimDevice d : devices.values()) {
            synchronized (d) {
                if (d.zigbee2mqtt) {
                    zigbee.add(d);
                } else {
                    publish(ha.configTopic(d), json(ha.config(d, areaName(d.entity))));
                }
                publish(availabilityTopic(d), d.zigbee2mqtt ? z2m.availability(d) : ha.availability(d));
                publishState(d);
            }
        }
        publish(z2m.devicesTopic(), z2m.deviceList(zigbee));
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
        subscriptions.forEach(MqttTransport.Subscription::close);
        subscriptions.clear();
    }

    private void onCommand(SimDevice d, String topic, byte[] payload) {
        synchronized (d) {
            if (!d.responsive || !d.available) {
                LOG.debug("{} ignores command on {}", d.id(), topic);
                return;
            }
            try {
                if (d.zigbee2mqtt) {
                    z2m.apply(d, payload);
                } else {
                    ha.apply(d, topic, payload);
                }
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("simulated {} ignores unreadable command on {}: {}", d.id(), topic, e.getMessage());
                return;
            }
            publishState(d);
        }
    }

    private void tick() {
        Instant now = clock.instant();
        double seconds = Duration.between(lastTick, now).toNanos() / 1e9 * speed;
        lastTick = now;
        if (seconds <= 0) {
            return;
        }
        for (SimDevice d : devices.values()) {
            synchronized (d) {
                try {
                    if (d.tick(seconds)) {
                        publishState(d);
                    }
                } catch (RuntimeException e) {
                    // one broken device must not stop the clock for the others
                    LOG.error("simulated {} failed to advance", d.id(), e);
                }
            }
        }
    }

    private void publishState(SimDevice d) {
        if (d.zigbee2mqtt) {
            publish(z2m.stateTopic(d), z2m.state(d));
        } else {
            ha.states(d).forEach(this::publish);
        }
    }

    private String availabilityTopic(SimDevice d) {
        return d.zigbee2mqtt ? z2m.stateTopic(d) + "/availability" : ha.base(d) + "/availability";
    }

    private void publish(String topic, byte[] payload) {
        if (!transport.isConnected()) {
            return; // announced again on reconnect
        }
        transport.publish(topic, payload, MqttTransport.AT_LEAST_ONCE, true).exceptionally(e -> {
            LOG.debug("simulator could not publish {}: {}", topic, e.getMessage());
            return null;
        });
    }

    private String areaName(Entity e) {
        return home.area(e.areaId()).map(Area::name).orElse(null);
    }

    private SimDevice device(String entityId) {
        SimDevice d = devices.get(entityId);
        if (d == null) {
            throw new IllegalArgumentException("no simulated device " + entityId);
        }
        return d;
    }

    private static byte[] json(Object value) {
        try {
            return new ObjectMapper().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
