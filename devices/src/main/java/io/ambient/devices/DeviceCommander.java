package io.ambient.devices;

import java.util.concurrent.CompletableFuture;

/** Sends typed commands to devices; the future completes when the device confirms, or with a failure. */
public interface DeviceCommander {

    /** Never completes exceptionally: every fault is a {@link CommandOutcome.Failed}. */
    CompletableFuture<CommandOutcome> send(String entityId, DeviceCommand command);
}
