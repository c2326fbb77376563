package io.ambient.runtime.act;

import io.ambient.devices.DeviceCommand;

/** One command for one entity, decided but not yet sent. */
public record PlannedCommand(String entityId, DeviceCommand command) { }
