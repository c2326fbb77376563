package io.ambient.devices.it;

import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.discovery.MqttDiscovery;
import io.ambient.devices.gateway.MqttDeviceGateway;
import io.ambient.devices.home.HomeFile;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import io.ambient.devices.sim.SimulatedHome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The whole device stack wired as the runtime wires it, against a real broker: the hub's transport, registry,
 * discovery and gateway on one side, the simulated demo home on its own transport on the other.
 */
final class SimulatedHomeFixture implements AutoCloseable {
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(3);

    final TestBroker broker;
    final HomeSnapshot home;
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    final PahoMqttTransport hubTransport;
    final PahoMqttTransport simTransport;
    final DeviceRegistry registry;
    final MqttDiscovery discovery;
    final MqttDeviceGateway gateway;
    final SimulatedHome sim;

    SimulatedHomeFixture(TestBroker broker, String name) throws Exception {
        this.broker = broker;
        broker.start();
        Clock clock = Clock.systemUTC();
        home = HomeFile.read(demoHome(), clock.instant());
        MqttSettings settings = MqttSettings.local("127.0.0.1", broker.port(), "hub-" + name)
                .withCommandTimeout(COMMAND_TIMEOUT);
        hubTransport = new PahoMqttTransport(settings, scheduler);
        simTransport = new PahoMqttTransport(settings.withClientId("sim-" + name), scheduler);
        registry = new DeviceRegistry(home, clock);
        discovery = new MqttDiscovery(hubTransport, registry);
        discovery.start();
        gateway = new MqttDeviceGateway(hubTransport, registry, discovery.bindings(), settings.commandTimeout(),
                scheduler);
        sim = new SimulatedHome(home, simTransport, clock, scheduler, 20);
        sim.start();
        hubTransport.connect().get(20, TimeUnit.SECONDS);
        simTransport.connect().get(20, TimeUnit.SECONDS);
    }

    /** A second hub that connects only now, with its own registry: it sees what the broker holds. */
    LateHub lateHub() throws Exception {
        PahoMqttTransport t = new PahoMqttTransport(MqttSettings.local("127.0.0.1", broker.port(), "late-hub"),
                scheduler);
        DeviceRegistry r = new DeviceRegistry(home, Clock.systemUTC());
        MqttDiscovery d = new MqttDiscovery(t, r, "homeassistant", "zigbee2mqtt", false);
        d.start();
        t.connect().get(20, TimeUnit.SECONDS);
        return new LateHub(t, r, d);
    }

    record LateHub(PahoMqttTransport transport, DeviceRegistry registry, MqttDiscovery discovery)
            implements AutoCloseable {
        @Override
        public void close() {
            discovery.close();
            transport.close();
        }
    }

    /** homes/demo.json, found from the module or the repository root. */
    static Path demoHome() {
        for (Path p : new Path[]{Path.of("../homes/demo.json"), Path.of("homes/demo.json")}) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("homes/demo.json not found from " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        sim.close();
        discovery.close();
        simTransport.close();
        hubTransport.close();
        broker.close();
        scheduler.shutdownNow();
    }
}
