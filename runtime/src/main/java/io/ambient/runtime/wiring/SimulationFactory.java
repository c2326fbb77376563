package io.ambient.runtime.wiring;

import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import io.ambient.devices.sim.SimulatedHome;
import io.ambient.runtime.config.HomeConfiguration;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The simulated home of the demo and the tests: every entity of the home file runs as a virtual device on
 * the broker, through a client of its own, exactly as a separate device would.
 */
@Factory
@Requires(property = "ambient.home.simulate", value = "true")
public class SimulationFactory {

    /** The simulator's own connection, so the runtime sees its devices only through the broker. */
    @Singleton
    @Named("simulator")
    @Bean(preDestroy = "close")
    PahoMqttTransport simulatorTransport(MqttSettings runtimeSettings,
                                         @Named("ambient") ScheduledExecutorService scheduler) throws Exception {
        PahoMqttTransport transport = new PahoMqttTransport(runtimeSettings.withClientId(
                runtimeSettings.clientId() + "-simulated-home"), scheduler);
        transport.connect().get(runtimeSettings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return transport;
    }

    @Context
    @Bean(preDestroy = "close")
    SimulatedHome simulatedHome(HomeConfiguration config, DeviceRegistry registry,
                                @Named("simulator") PahoMqttTransport transport, Clock clock,
                                @Named("ambient") ScheduledExecutorService scheduler) {
        if (config.file() == null) {
            throw new IllegalStateException("ambient.home.simulate needs ambient.home.file");
        }
        // The registry's layout is the home file itself, so the simulator runs exactly what was configured.
        SimulatedHome home = new SimulatedHome(registry.layout(), transport, clock, scheduler,
                config.simulationSpeed());
        home.start();
        return home;
    }
}
