package io.ambient.runtime.wiring;

import io.ambient.devices.DeviceCommander;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.discovery.MqttDiscovery;
import io.ambient.devices.gateway.MqttDeviceGateway;
import io.ambient.devices.home.HomeFile;
import io.ambient.devices.mqtt.EmbeddedBroker;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import io.ambient.runtime.config.HomeConfiguration;
import io.ambient.runtime.config.MqttConfiguration;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The broker connection, discovery, the device registry and the command gateway. */
@Factory
public class DevicesFactory {
    private static final Logger LOG = LoggerFactory.getLogger(DevicesFactory.class);

    /** The embedded broker, when configured (the default): 127.0.0.1 only, in-memory. */
    @Context
    @Requires(property = "ambient.mqtt.embedded", notEquals = "false")
    @Bean(preDestroy = "close")
    EmbeddedBroker broker(MqttConfiguration config) {
        EmbeddedBroker broker = new EmbeddedBroker(null, config.port());
        broker.start();
        LOG.info("embedded MQTT broker listening on 127.0.0.1:{}", broker.port());
        return broker;
    }

    @Singleton
    MqttSettings mqttSettings(MqttConfiguration config, Optional<EmbeddedBroker> broker) {
        if (broker.isPresent()) {
            return MqttSettings.local("127.0.0.1", broker.get().port(), config.clientId())
                    .withCommandTimeout(config.commandTimeout());
        }
        return new MqttSettings(config.host(), config.port(), config.clientId(), config.username(),
                config.password(), config.tls(), config.caFile() == null ? null : Path.of(config.caFile()),
                null, config.commandTimeout());
    }

    /**
     * Connected before the application serves; if the broker is not reachable yet the runtime starts anyway
     * and the client keeps reconnecting (health says so).
     */
    @Singleton
    @Bean(preDestroy = "close")
    MqttTransport mqtt(MqttSettings settings, @Named("ambient") ScheduledExecutorService scheduler) {
        PahoMqttTransport transport = new PahoMqttTransport(settings, scheduler);
        try {
            transport.connect().get(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("connected to MQTT broker {}", settings.serverUri());
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("MQTT broker {} not reachable yet ({}); retrying in the background", settings.serverUri(),
                    e.getCause() != null ? e.getCause().getMessage() : "timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return transport;
    }

    /** Floors, areas and sites (and names discovery lacks) come from the home file when one is configured. */
    @Singleton
    DeviceRegistry registry(HomeConfiguration home, Clock clock) {
        HomeSnapshot layout = home.file() == null ? HomeSnapshot.empty(clock.instant())
                : HomeFile.read(Path.of(home.file()), clock.instant());
        return new DeviceRegistry(layout, clock);
    }

    @Context
    @Bean(preDestroy = "close")
    MqttDiscovery discovery(MqttTransport mqtt, DeviceRegistry registry) {
        MqttDiscovery discovery = new MqttDiscovery(mqtt, registry);
        discovery.start();
        return discovery;
    }

    @Singleton
    DeviceCommander gateway(MqttTransport mqtt, DeviceRegistry registry, MqttDiscovery discovery,
                            MqttSettings settings, @Named("ambient") ScheduledExecutorService scheduler) {
        return new MqttDeviceGateway(mqtt, registry, discovery.bindings(), settings.commandTimeout(), scheduler);
    }
}
