package io.ambient.devices.gateway;

import io.ambient.devices.Availability;
import io.ambient.devices.CommandOutcome;
import io.ambient.devices.CommandOutcome.FailureKind;
import io.ambient.devices.DeviceCommand;
import io.ambient.devices.DeviceCommander;
import io.ambient.devices.Entity;
import io.ambient.devices.discovery.DeviceBinding;
import io.ambient.devices.discovery.DeviceBindings;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@link DeviceCommander} for MQTT devices. A command is confirmed only by a state report that shows it took
 * effect; otherwise it fails after the command timeout with a sentence naming the device.
 *
 * <p>Before encoding, on/off is mapped to what a domain means by it, as Home Assistant's HassTurnOn does:
 * covers open/close, vacuums start/return to base, climates switch their mode. Locks do not take on/off, so that
 * "turn off the front door" never unlocks it.
 *
 * <p>A device must report its state after a command even when nothing changed (Zigbee2MQTT and well-behaved
 * Home Assistant devices do); one that stays silent times out, because silence cannot be told from loss.
 */
public final class MqttDeviceGateway implements DeviceCommander {
    private static final Logger LOG = LoggerFactory.getLogger(MqttDeviceGateway.class);

    private final MqttTransport transport;
    private final DeviceRegistry registry;
    private final DeviceBindings bindings;
    private final Duration timeout;
    private final ScheduledExecutorService scheduler;

    /**
     * @param timeout   how long a device may take to confirm ({@code MqttSettings.commandTimeout()})
     * @param scheduler runs the timeouts
     */
    public MqttDeviceGateway(MqttTransport transport, DeviceRegistry registry, DeviceBindings bindings,
                             Duration timeout, ScheduledExecutorService scheduler) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("command timeout must be positive, was " + timeout);
        }
    }

    @Override
    public CompletableFuture<CommandOutcome> send(String entityId, DeviceCommand command) {
        try {
            return dispatch(entityId, Objects.requireNonNull(command, "command"));
        } catch (RuntimeException e) {
            // the contract: never complete exceptionally; a bug here still becomes an answer
            LOG.error("command {} to {} failed unexpectedly", command, entityId, e);
            return CompletableFuture.completedFuture(new CommandOutcome.Failed(entityId, FailureKind.NOT_CONNECTED,
                    "Could not send the command to " + entityId + ": " + e.getMessage()));
        }
    }

    private CompletableFuture<CommandOutcome> dispatch(String entityId, DeviceCommand requested) {
        Optional<Entity> found = registry.current().entity(entityId);
        if (found.isEmpty()) {
            return failed(entityId, FailureKind.UNKNOWN_ENTITY, "There is no device " + entityId);
        }
        Entity entity = found.get();
        if (entity.availability() == Availability.OFFLINE) {
            return failed(entityId, FailureKind.UNAVAILABLE, entity.name() + " is offline");
        }
        DeviceCommand command = normalise(requested, entity.domain());
        Optional<DeviceBinding> binding = bindings.get(entityId);
        if (!entity.has(command.capability()) || binding.isEmpty()) {
            return failed(entityId, FailureKind.UNSUPPORTED, entity.name() + " cannot " + Verbs.of(command));
        }
        Optional<List<Publication>> publications = Encoders.encode(command, entity, binding.get());
        if (publications.isEmpty()) {
            return failed(entityId, FailureKind.UNSUPPORTED, entity.name() + " cannot " + Verbs.of(command));
        }
        if (!transport.isConnected()) {
            return failed(entityId, FailureKind.NOT_CONNECTED, notConnected(entity));
        }
        return handOff(sendAndConfirm(entity, publications.get(), Confirmations.of(command, entity)));
    }

    /**
     * Completes the caller's future on the scheduler, not on the MQTT thread that saw the confirming state:
     * that thread holds the registry's write lock, and the caller's continuations must not run under it.
     */
    private CompletableFuture<CommandOutcome> handOff(CompletableFuture<CommandOutcome> outcome) {
        CompletableFuture<CommandOutcome> result = new CompletableFuture<>();
        outcome.whenComplete((o, e) -> {
            CommandOutcome value = o != null ? o : new CommandOutcome.Failed("?", FailureKind.NOT_CONNECTED,
                    String.valueOf(e));
            try {
                scheduler.execute(() -> result.complete(value));
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                result.complete(value);
            }
        });
        return result;
    }

    private CompletableFuture<CommandOutcome> sendAndConfirm(Entity entity, List<Publication> publications,
                                                             Predicate<Entity> confirmedBy) {
        CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();
        // listen before publishing: a fast device may answer before publish() returns
        AutoCloseable listener = registry.onReport(reported -> {
            if (!reported.id().equals(entity.id())) {
                return;
            }
            if (reported.availability() == Availability.OFFLINE) {
                outcome.complete(new CommandOutcome.Failed(entity.id(), FailureKind.UNAVAILABLE,
                        entity.name() + " went offline"));
            } else if (confirmedBy.test(reported)) {
                outcome.complete(new CommandOutcome.Confirmed(entity.id(), reported.state(), reported.attributes()));
            }
        });
        ScheduledFuture<?> timer = scheduler.schedule(() -> outcome.complete(new CommandOutcome.Failed(entity.id(),
                FailureKind.TIMEOUT, entity.name() + " did not answer within " + format(timeout))),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
        outcome.whenComplete((o, e) -> {
            timer.cancel(false);
            closeQuietly(listener);
        });
        for (Publication p : publications) {
            transport.publish(p.topic(), p.payload(), MqttTransport.AT_LEAST_ONCE, false).whenComplete((ok, e) -> {
                if (e != null) {
                    LOG.warn("command to {} on {} not delivered: {}", entity.id(), p.topic(), e.getMessage());
                    outcome.complete(new CommandOutcome.Failed(entity.id(), FailureKind.NOT_CONNECTED,
                            notConnected(entity)));
                }
            });
        }
        return outcome;
    }

    /** What on/off means for domains that have their own verbs. */
    static DeviceCommand normalise(DeviceCommand c, String domain) {
        boolean on = c instanceof DeviceCommand.TurnOn;
        boolean off = c instanceof DeviceCommand.TurnOff;
        if (!on && !off) {
            return c;
        }
        return switch (domain) {
            case "cover", "valve" -> on ? new DeviceCommand.Open() : new DeviceCommand.Close();
            case "vacuum" -> on ? new DeviceCommand.VacuumStart() : new DeviceCommand.VacuumReturnToBase();
            default -> c;
        };
    }

    private static String notConnected(Entity e) {
        return "Cannot reach the MQTT broker to command " + e.name();
    }

    /** {@code 3 s}, {@code 1.5 s}, {@code 300 ms}. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static CompletableFuture<CommandOutcome> failed(String id, FailureKind kind, String reason) {
        return CompletableFuture.completedFuture(new CommandOutcome.Failed(id, kind, reason));
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing a report listener: {}", e.getMessage());
        }
    }
}
