/**
 * The home's devices as the runtime sees them.
 *
 * <p>Public types in this package are the module's API: the immutable {@link io.ambient.devices.HomeSnapshot}
 * (floors, areas, sites, entities and their states), typed {@link io.ambient.devices.DeviceCommand}s and
 * their {@link io.ambient.devices.CommandOutcome}s, and the ports {@link io.ambient.devices.HomeStateSource}
 * and {@link io.ambient.devices.DeviceCommander}. Device state flows one way: MQTT -> registry -> snapshot;
 * readers only ever see immutable snapshots.
 *
 * <p>Subpackages hold the implementations: {@code mqtt} (the Paho client adapter and the embedded HiveMQ
 * broker), {@code discovery} (Home Assistant MQTT discovery and Zigbee2MQTT), {@code registry},
 * {@code home} (the home file) and {@code sim} (the simulated home used by the demo and the tests).
 */
package io.ambient.devices;
