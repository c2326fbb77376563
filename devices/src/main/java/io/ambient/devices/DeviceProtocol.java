package io.ambient.devices;

/** The MQTT dialect a device speaks, which decides how its commands are encoded. */
public enum DeviceProtocol {
    /** Home Assistant MQTT discovery: a config per entity, plain state and command topics. */
    HOME_ASSISTANT,
    /** Zigbee2MQTT: one JSON state per device, JSON commands on {@code <friendly_name>/set}. */
    ZIGBEE2MQTT,
    /** Known only from a home file, not on any broker (offline evaluation). */
    NONE
}
